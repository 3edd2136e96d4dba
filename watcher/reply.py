"""Rendering the reply draft: template + extracted context -> a threaded, UTF-8 `EmailMessage`.

Templates are Jinja2 in a sandbox with `StrictUndefined`: a template that names a variable we do
not provide fails loudly (and in the test suite) instead of writing "Dear ,". Text taken from the
incoming mail is only ever *data* to the template, so a subject like "{{ 7*7 }}" stays literal,
and every header value is flattened to one line, so CR/LF in a name cannot add headers.

Template files are `NAME.LANG.txt.j2`: the first line is `Subject: ...`, then a blank line, then
the body. A user template directory is searched before the shipped one, so users override by name.
"""

from __future__ import annotations

import email.policy
import email.utils
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .context import ReplyContext, extract_context
from .message import Address, Message

NO_RECIPIENT_NOTE = "No reply address found — add the recruiter's email before sending."
_REPLY_PREFIX = re.compile(
    r"^\s*(?:re|aw|antw|sv|vs|r|rif|réf|ref)\s*(?:\[\d+\])?\s*:", re.IGNORECASE
)
MIN_NAME_CONFIDENCE = 0.7
MIN_FACT_CONFIDENCE = 0.6


class TemplateError(ValueError):
    """A template is missing or broken; raised with the template's name and line."""


@dataclass(frozen=True)
class Identity:
    """The person the drafts are from."""

    name: str
    email: str
    signature: str = ""


@dataclass(frozen=True)
class Draft:
    """A rendered reply, ready to be appended to Drafts."""

    message_id: str
    to: Address | None
    subject: str
    body: str
    email: EmailMessage
    context: ReplyContext
    template: str

    def as_bytes(self) -> bytes:
        """The draft as RFC 5322 bytes with CRLF line endings."""
        return self.email.as_bytes(policy=email.policy.SMTP)


def draft_message_id(account_key: str, source_key: str, email_address: str) -> str:
    """A Message-ID for our draft that is the same every time for the same source message.

    This is what makes a crash between APPEND and the ledger commit harmless: the next pass
    derives the same ID, finds it in Drafts, and does not append again.
    """
    digest = hashlib.sha256(f"{account_key}\0{source_key}".encode()).hexdigest()[:32]
    domain = email_address.rpartition("@")[2] or "rejection-watcher.invalid"
    return f"<rw.{digest}@{domain}>"


def reply_subject(subject: str) -> str:
    """'Re: ' + subject, unless it already carries a reply prefix (Re:, AW:, SV: …)."""
    subject = one_line(subject)
    if not subject:
        return "Re: your message"
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


def one_line(value: str) -> str:
    """Collapse every run of whitespace, CR and LF included, to one space."""
    return " ".join(value.split())


class ReplyRenderer:
    """Renders reply drafts from templates for one identity."""

    def __init__(
        self,
        identity: Identity,
        template_dirs: Sequence[Path],
        template: str = "reply",
        language: str = "auto",
    ) -> None:
        self.identity = identity
        self.template = template
        self.language = language
        self._env = SandboxedEnvironment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in template_dirs]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def template_name(self, language: str) -> str:
        """The template file for `language`, falling back to English."""
        lang = language if self.language == "auto" else self.language
        for candidate in (f"{self.template}.{lang}.txt.j2", f"{self.template}.en.txt.j2"):
            try:
                self._env.get_template(candidate)
                return candidate
            except jinja2.TemplateNotFound:
                continue
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    f"template {candidate} line {exc.lineno}: {exc.message}"
                ) from None
        raise TemplateError(
            f"no template named {self.template}.{lang}.txt.j2 or {self.template}.en.txt.j2"
        )

    def render(self, message: Message, draft_id: str, now: datetime) -> Draft:
        """Render the reply to `message` as a draft with Message-ID `draft_id`."""
        context = extract_context(message)
        name = self.template_name(context.language)
        variables = self._variables(message, context)
        try:
            text = self._env.get_template(name).render(**variables)
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"template {name}: {exc.message}") from None
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {name}: {exc}") from None
        subject, body = _split_subject(text, reply_subject(message.subject))
        if context.recipient is None:
            body = f"{NO_RECIPIENT_NOTE}\n\n{body}"
        mail = self._build_email(message, context.recipient, subject, body, draft_id, now)
        return Draft(draft_id, context.recipient, subject, body, mail, context, name)

    def _variables(self, message: Message, context: ReplyContext) -> dict[str, object]:
        def sure(value: str | None, confidence: float, minimum: float) -> str | None:
            return one_line(value) if value and confidence >= minimum else None

        return {
            "first_name": sure(
                context.contact_name.value, context.contact_name.confidence, MIN_NAME_CONFIDENCE
            ),
            "company": sure(context.company.value, context.company.confidence, MIN_FACT_CONFIDENCE),
            "role": sure(context.role.value, context.role.confidence, MIN_FACT_CONFIDENCE),
            "language": context.language,
            "original_subject": one_line(message.subject),
            "reply_subject": reply_subject(message.subject),
            "my_name": self.identity.name,
            "signature": self.identity.signature.strip() or self.identity.name,
        }

    def _build_email(
        self,
        message: Message,
        to: Address | None,
        subject: str,
        body: str,
        draft_id: str,
        now: datetime,
    ) -> EmailMessage:
        mail = EmailMessage(policy=email.policy.default)
        mail["From"] = HeaderAddress(
            display_name=one_line(self.identity.name), addr_spec=self.identity.email
        )
        if to is not None:
            try:
                mail["To"] = HeaderAddress(display_name=one_line(to.name), addr_spec=to.email)
            except (ValueError, IndexError):
                mail["To"] = to.email
        mail["Subject"] = one_line(subject)
        mail["Date"] = email.utils.format_datetime(now)
        mail["Message-ID"] = draft_id
        if message.message_id:
            mail["In-Reply-To"] = message.message_id
            refs = [r for r in message.references if r != message.message_id][-10:]
            mail["References"] = " ".join([*refs, message.message_id])
        mail.set_content(body.rstrip() + "\n", charset="utf-8", cte="quoted-printable")
        return mail


def _split_subject(text: str, default: str) -> tuple[str, str]:
    """Templates start with 'Subject: ...' and a blank line; without it the default subject is used."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    if first.lower().startswith("subject:"):
        return one_line(first.split(":", 1)[1]) or default, rest.strip("\n")
    return default, text.strip("\n")
