"""What an address says about its sender: a machine or a human, an ATS, freemail, or the employer.

Mail from applicant-tracking systems and job boards is sent on the employer's behalf: their
domain names no employer and their sending addresses read no replies. Freemail domains name
nobody's employer either. Only a human, non-ATS address is worth replying to.
"""

from __future__ import annotations

import re

from ..message import Address
from .vocabulary import ATS_DOMAINS, FREEMAIL_DOMAINS

#: Senders that are machines, not people: never address a reply to them.
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no-?_?reply|do-?_?not-?_?reply|donotreply|noreply|mailer-daemon|postmaster|bounces?"
    r"|notifications?|notify|alerts?|automated|auto-?reply|nicht-?antworten|ne-?pas-?repondre"
    r"|no-?responder)(?:$|[._+-])"
)


def is_no_reply(address: Address) -> bool:
    """True for addresses no human reads (no-reply, notifications, bounces)."""
    return bool(_NO_REPLY.search(address.local_part))


def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking and job-board domains that send on an employer's behalf."""
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def _reachable(address: Address) -> bool:
    """A person (or a team mailbox) reads it: not no-reply, not an ATS sending address."""
    return bool(address.domain) and not is_no_reply(address) and not is_ats_domain(address.domain)


def _display(address: Address) -> str:
    return address.name.strip().strip("\"'")


def _domain_core(domain: str) -> str:
    """'mail.northwind-logistics.co.uk' -> 'northwind-logistics'."""
    parts = domain.lower().split(".")
    second_level = {"co", "com", "org", "net", "ac", "gov", "edu", "gob", "or", "ne", "nhs"}
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in second_level:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _company_domain(address: Address | None) -> str:
    """The employer part of an address's domain, or '' for ATS, freemail and no domain."""
    if address is None or not address.domain or is_ats_domain(address.domain):
        return ""
    return "" if address.domain in FREEMAIL_DOMAINS else _domain_core(address.domain)
