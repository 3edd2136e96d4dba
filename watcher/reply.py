"""Rendering the reply draft: template + extracted context -> a threaded, UTF-8 `EmailMessage`.

Templates are Jinja2 in a sandbox with `StrictUndefined`: a template that names a variable we do
not provide fails loudly (and in the test suite) instead of writing "Dear ,". Text taken from the
incoming mail is only ever *data* to the template, so a subject like "{{ 7*7 }}" stays literal,
and every header value is flattened to one line, so CR/LF in a name cannot add headers.

Template files are `NAME.LANG.txt.j2`: the first line is `Subject: ...`, then a blank line, then
the body. A user template directory is searched before the shipped one, so users override by name.
"""

from __future__ import annotations

import email.errors
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
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from .context import ReplyContext, extract_context
from .errors import WatcherError
from .message import Address, Message, one_line

#: The notes at the top of a draft are for the user, in the draft's language.
NO_RECIPIENT_NOTES = {
    "en": "No reply address found — add the recruiter's email before sending.",
    "de": "Keine Antwortadresse gefunden – bitte vor dem Senden die E-Mail-Adresse der Ansprechperson eintragen.",
    "fr": "Aucune adresse de réponse trouvée — ajoutez l'adresse du recruteur avant l'envoi.",
    "es": "No se encontró ninguna dirección de respuesta: añada la del reclutador antes de enviar.",
}
NO_RECIPIENT_NOTE = NO_RECIPIENT_NOTES["en"]
REPLY_TO_NOTES = {
    "en": "Replies go to {address}, not the sender's domain ({domain}) — check before sending.",
    "de": "Antworten gehen an {address}, nicht an die Domain des Absenders ({domain}) – bitte vor dem Senden prüfen.",
    "fr": "Les réponses partent vers {address}, pas vers le domaine de l'expéditeur ({domain}) — vérifiez avant "
    "l'envoi.",
    "es": "Las respuestas van a {address}, no al dominio del remitente ({domain}): compruébelo antes de enviar.",
}
#: "Re: your message" for a rejection without a subject and without a role or company to name.
_NO_SUBJECT = {"en": "your message", "de": "Ihre Nachricht", "fr": "votre message", "es": "su mensaje"}
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|antw|sv|vs|r|rif|réf|ref)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
MIN_NAME_CONFIDENCE = 0.7
MIN_FACT_CONFIDENCE = 0.6
#: The confidence each field needs before a draft uses it: calibrated on tests/messages so that a
#: value used is right at least 99% of the time (see tests/test_draft_scores.py).
MIN_CONFIDENCE = {
    "contact_name": MIN_NAME_CONFIDENCE,
    "company": MIN_FACT_CONFIDENCE,
    "role": MIN_FACT_CONFIDENCE,
    "stage": MIN_FACT_CONFIDENCE,
}


def confident(context: ReplyContext, field: str) -> str | None:
    """The field's value when it is sure enough to be written in a draft, else None."""
    item = getattr(context, field)
    return one_line(item.value) if item.value and item.confidence >= MIN_CONFIDENCE[field] else None


class TemplateError(WatcherError):
    """A template is missing or broken; raised with the template's name and line."""

    exit_code = 3


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
    context: ReplyContext | None  # None for a follow-up (rendered from stored facts)
    template: str

    def as_bytes(self) -> bytes:
        """The draft as RFC 5322 bytes with CRLF line endings."""
        return self.email.as_bytes(policy=email.policy.SMTP)


def draft_message_id(account_key: str, source_key: str, email_address: str, purpose: str = "reply") -> str:
    """A Message-ID for our draft that is the same every time for the same source message.

    This is what makes a crash between APPEND and the ledger commit harmless: the next pass
    derives the same ID, finds it in Drafts, and does not append again.
    """
    seed = f"{account_key}\0{source_key}" if purpose == "reply" else f"{account_key}\0{source_key}\0{purpose}"
    digest = hashlib.sha256(seed.encode()).hexdigest()[:32]
    domain = email_address.rpartition("@")[2] or "rejection-watcher.invalid"
    return f"<rw.{digest}@{domain}>"


def reply_subject(subject: str, fallback: str = "") -> str:
    """'Re: ' + subject, unless it already carries a reply prefix (Re:, AW:, SV: …).

    An empty subject becomes 'Re: ' + `fallback` (the role or company), else 'Re: your message'.
    """
    subject = one_line(subject)
    if not subject:
        return f"Re: {one_line(fallback) or 'your message'}"
    return subject if _REPLY_PREFIX.match(subject) else f"Re: {subject}"


MAX_SUBJECT_CHARS = 250


_HEADER = email.policy.default.header_factory


def literal_header(name: str, value: str) -> str | None:
    """`value` as one line that the header `name` will hold exactly as written, or None.

    The stdlib decodes any RFC 2047 encoded word it finds in a str it is given as a header value,
    so text that still holds one after our decoding (a charset we could not read and kept as
    written, or a word encoded twice) would come back with whatever it hides — a CR LF and a
    `Bcc:` line in the user's draft. Such a subject has its '=?' broken ('= ?') so it reads as
    the text we show; an identifier (Message-ID, References) that is not literal is dropped.
    """
    value = one_line(value)
    if "=?" not in value or str(_HEADER(name, value)) == value:
        return value
    if name.lower() != "subject":
        return None
    return value.replace("=?", "= ?")


def header_address(address: Address) -> HeaderAddress | None:
    """The recipient as a sendable header address: ASCII local part, IDNA domain; else None.

    A non-ASCII local part needs SMTPUTF8, which a draft cannot promise: such a draft gets no To
    (and the note saying so), never an address no client can send to."""
    local, _, domain = address.email.rpartition("@")
    try:
        local.encode("ascii")
        ascii_domain = domain.encode("idna").decode("ascii")
        return HeaderAddress(display_name=one_line(address.name), username=local, domain=ascii_domain)
    except (UnicodeError, ValueError, IndexError, email.errors.HeaderParseError):
        return None


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
        self._loaders = [jinja2.FileSystemLoader(str(d)) for d in template_dirs]
        self._env = SandboxedEnvironment(
            loader=jinja2.ChoiceLoader(self._loaders),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def template_name(self, language: str, stage: str | None = None, template: str | None = None) -> str:
        """The template file for this stage and language: NAME.STAGE.LANG, then NAME.STAGE.en,
        then NAME.LANG, then NAME.en (so a user template without stages works for all)."""
        name = template or self.template
        lang = language if self.language == "auto" else self.language
        candidates = [f"{name}.{lang}.txt.j2", f"{name}.en.txt.j2"]
        if stage:
            candidates = [f"{name}.{stage}.{lang}.txt.j2", f"{name}.{stage}.en.txt.j2", *candidates]
        # Directory first, then name: a user's reply.en.txt.j2 wins over the shipped
        # reply.after_interview.en.txt.j2, while a user's per-stage file overrides just that stage.
        for loader in self._loaders:
            for candidate in dict.fromkeys(candidates):
                try:
                    loader.get_source(self._env, candidate)
                except jinja2.TemplateNotFound:
                    continue
                try:
                    self._env.get_template(candidate)
                except jinja2.TemplateSyntaxError as exc:
                    raise TemplateError(f"template {candidate} line {exc.lineno}: {exc.message}") from None
                return candidate
        raise TemplateError(f"no template named {candidates[0]} (nor {', '.join(candidates[1:])})")

    def render(
        self, message: Message, draft_id: str, now: datetime, context: ReplyContext | None = None
    ) -> Draft:
        """Render the reply to `message` as a draft with Message-ID `draft_id`."""
        context = context or extract_context(message)
        stage = confident(context, "stage")
        language = context.language if self.language == "auto" else self.language
        name = self.template_name(context.language, stage or "after_application")
        variables = self._variables(context)
        subject_line = reply_subject(message.subject, self._subject_fallback(variables, language))
        variables.update(original_subject=one_line(message.subject), reply_subject=subject_line)
        subject, body = self._render(name, variables, subject_line)
        refs = [*message.references, *([message.message_id] if message.message_id else [])]
        to = context.recipient if context.recipient and header_address(context.recipient) else None
        if to is None:
            body = f"{NO_RECIPIENT_NOTES.get(language, NO_RECIPIENT_NOTE)}\n\n{body}"
        elif context.reply_to_elsewhere and message.sender is not None:
            note = REPLY_TO_NOTES.get(language, REPLY_TO_NOTES["en"])
            body = f"{note.format(address=to.email, domain=message.sender.domain)}\n\n{body}"
        mail = self._build_email(message.message_id, refs, to, subject, body, draft_id, now)
        return Draft(draft_id, to, str(mail["Subject"]), body, mail, context, name)

    def render_followup(self, facts: dict[str, Any], draft_id: str, now: datetime, template: str) -> Draft:
        """Render the "still interested" follow-up from the facts stored when the reply was drafted."""
        name = self.template_name(str(facts.get("language", "en")), template=template)
        to = (
            Address(str(facts.get("to_name", "")), str(facts["to_address"]))
            if facts.get("to_address")
            else None
        )
        if to is not None and header_address(to) is None:
            to = None
        created = datetime.fromisoformat(str(facts["replied_at"]))
        variables: dict[str, object] = {
            "first_name": facts.get("first_name"),
            "company": facts.get("company"),
            "role": facts.get("role"),
            "language": facts.get("language", "en"),
            "informal": bool(facts.get("informal")),
            "reply_subject": str(facts["reply_subject"]),
            "months_since": max(1, round((now - created).days / 30)),
            "my_name": self.identity.name,
            "signature": self.identity.signature.strip() or self.identity.name,
        }
        subject, body = self._render(name, variables, str(facts["reply_subject"]))
        if to is None:
            note = NO_RECIPIENT_NOTES.get(str(facts.get("language", "en")), NO_RECIPIENT_NOTE)
            body = f"{note}\n\n{body}"
        refs = [str(r) for r in facts.get("references", [])]
        mail = self._build_email(facts.get("rejection_message_id"), refs, to, subject, body, draft_id, now)
        return Draft(draft_id, to, str(mail["Subject"]), body, mail, None, name)

    def _render(self, name: str, variables: dict[str, object], default_subject: str) -> tuple[str, str]:
        try:
            text = self._env.get_template(name).render(**variables)
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"template {name}: {exc.message}") from None
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {name}: {exc}") from None
        return _split_subject(text, default_subject)

    @staticmethod
    def _subject_fallback(variables: dict[str, object], language: str) -> str:
        """What an empty subject's reply is about: 'Data Analyst – Acme', else 'your message' in the language."""
        named = [str(v) for v in (variables["role"], variables["company"]) if v]
        if named:
            return " – ".join(named)
        if language == "de" and variables["informal"]:
            return "deine Nachricht"
        return _NO_SUBJECT.get(language, _NO_SUBJECT["en"])

    def _variables(self, context: ReplyContext) -> dict[str, object]:
        first_name = confident(context, "contact_name")
        return {
            "first_name": first_name,
            # The surname and gender only with a sure contact: "Sehr geehrte Frau Vogel", "Madame,".
            "surname": one_line(context.contact_surname) if first_name and context.contact_surname else None,
            "gender": context.contact_gender if first_name else None,
            "salutation": context.salutation,
            "company": confident(context, "company"),
            "role": confident(context, "role"),
            "stage": confident(context, "stage"),
            "language": context.language,
            "informal": context.informal,
            # The claims a reply may make only when the mail supports them.
            "hired": context.hired,
            "personal": context.personal,
            "several_meetings": context.several_meetings,
            "my_name": self.identity.name,
            "signature": self.identity.signature.strip() or self.identity.name,
        }

    def facts_for_followup(self, message: Message, draft: Draft, now: datetime) -> dict[str, Any]:
        """What the follow-up needs later, stored as JSON with the schedule (no mail bodies)."""
        assert draft.context is not None
        variables = self._variables(draft.context)
        return {
            "to_name": draft.to.name if draft.to else "",
            "to_address": draft.to.email if draft.to else "",
            "first_name": variables["first_name"],
            "company": variables["company"],
            "role": variables["role"],
            "language": draft.context.language,
            "informal": draft.context.informal,
            "reply_subject": draft.subject,
            "rejection_message_id": message.message_id,
            "reply_message_id": draft.message_id,
            "references": [
                *message.references[-8:],
                *([message.message_id] if message.message_id else []),
                draft.message_id,
            ],
            "replied_at": now.isoformat(),
        }

    def _build_email(
        self,
        in_reply_to: str | None,
        references: list[str],
        to: Address | None,
        subject: str,
        body: str,
        draft_id: str,
        now: datetime,
    ) -> EmailMessage:
        mail = EmailMessage(policy=email.policy.default)
        mail["From"] = HeaderAddress(display_name=one_line(self.identity.name), addr_spec=self.identity.email)
        recipient = header_address(to) if to is not None else None
        if recipient is not None:
            mail["To"] = recipient
        mail["Subject"] = literal_header("Subject", subject) or ""  # Draft.subject is read back from here
        mail["Date"] = email.utils.format_datetime(now)
        mail["Message-ID"] = draft_id
        in_reply_to = literal_header("In-Reply-To", in_reply_to) if in_reply_to else None
        if in_reply_to:
            mail["In-Reply-To"] = in_reply_to
        literal = (literal_header("References", r) for r in references if r)
        refs = list(dict.fromkeys(r for r in literal if r))[-10:]
        if refs:
            mail["References"] = " ".join(refs)
        mail.set_content(body.rstrip() + "\n", charset="utf-8", cte="quoted-printable")
        return mail


def _split_subject(text: str, default: str) -> tuple[str, str]:
    """Templates start with 'Subject: ...' and a blank line; without it the default subject is used."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    if first.lower().startswith("subject:"):
        subject, body = one_line(first.split(":", 1)[1]) or default, rest.strip("\n")
    else:
        subject, body = default, text.strip("\n")
    return one_line(subject)[:MAX_SUBJECT_CHARS], body  # a 1 MB subject stays someone else's problem
