"""Raw test messages, built the way a mail server would store them.

The texts are held out from the training corpus; they are what the tests deliver to a real
mailbox and expect the shipped model to get right.
"""

from __future__ import annotations

import email.policy
import email.utils
import itertools
from email.message import EmailMessage

ME = "sam.taylor@example.org"
_counter = itertools.count(1)

REJECTION_BODY = """Hi Sam,

Thank you for taking the time to interview with us for the Backend Engineer position at Quillpoint.
We enjoyed our conversations, and the decision was not an easy one.

After careful consideration, we have decided to move forward with another candidate whose
experience more closely matches the needs of the team at this time.

We truly appreciate your interest in Quillpoint and wish you every success in your search.

Best regards,
Hannah Becker
Senior Recruiter, Quillpoint
"""

INVITE_BODY = """Hi Sam,

Thanks for applying to the Backend Engineer role at Quillpoint! We were impressed by your
background and would love to schedule a 30-minute call with our engineering manager.

Could you share a few times that work for you next week? Here is my calendar link as well.

Looking forward to speaking with you,
Hannah Becker
Senior Recruiter, Quillpoint
"""

ACK_BODY = """Dear Sam,

Thank you for applying for the Backend Engineer position at Quillpoint. We have received your
application and our recruiting team will review it carefully.

If your qualifications match our needs, we will contact you to arrange next steps. If you are
not selected, we will keep your resume on file for future opportunities.

Kind regards,
Quillpoint Talent Acquisition
"""


def make_message(
    body: str,
    subject: str,
    *,
    sender: str = "Hannah Becker <hannah.becker@quillpoint.io>",
    to: str = f"Sam Taylor <{ME}>",
    message_id: str | None = None,
    reply_to: str | None = None,
    extra: dict[str, str] | None = None,
    html: bool = False,
) -> bytes:
    """A well-formed message with a unique Message-ID (unless given)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(email.utils.localtime())
    msg["Message-ID"] = message_id or f"<test-{next(_counter)}-{id(msg)}@quillpoint.io>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for key, value in (extra or {}).items():
        msg[key] = value
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        msg.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


def rejection(**kwargs: object) -> bytes:
    kwargs.setdefault("subject", "Your application for Backend Engineer")
    return make_message(REJECTION_BODY, **kwargs)  # type: ignore[arg-type]


def invitation(**kwargs: object) -> bytes:
    kwargs.setdefault("subject", "Interview: Backend Engineer at Quillpoint")
    return make_message(INVITE_BODY, **kwargs)  # type: ignore[arg-type]


def acknowledgement(**kwargs: object) -> bytes:
    kwargs.setdefault("subject", "We received your application")
    kwargs.setdefault("sender", "Quillpoint Careers <no-reply@quillpoint.io>")
    return make_message(ACK_BODY, **kwargs)  # type: ignore[arg-type]
