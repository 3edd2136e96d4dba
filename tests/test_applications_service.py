"""What a pass hands the job-search record, on a real Maildir and the SQLite ledger: each job
mail an event with company, role, ATS and thread ids; ordinary mail, our own mail and list mail
none; the draft of a recent rejection an event answering it, the user's own reply too; a second
pass nothing new."""

from __future__ import annotations

import mailbox as stdlib_mailbox
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailgen import ME, acknowledgement, invitation, make_message, rejection
from watcher.classify import Classifier
from watcher.maildir import MaildirMailbox
from watcher.reply import Identity, ReplyRenderer
from watcher.resources import shipped_model, shipped_templates
from watcher.service import PassOptions, run_pass
from watcher.state import SqliteLedger

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

NEWSLETTER = """Hi there,

This week in our newsletter: ten recipes for a rainy weekend, our favourite hiking boots and
the results of the photo competition. Thanks for reading!

The Weekly Digest team
"""


@pytest.fixture
def record(tmp_path: Path) -> Iterator[tuple[stdlib_mailbox.Maildir, SqliteLedger, object]]:
    box = stdlib_mailbox.Maildir(str(tmp_path / "Mail"), create=True)
    box.add_folder("Drafts")
    ledger = SqliteLedger.open(tmp_path / "state.sqlite3")
    classifier = Classifier.from_file(shipped_model())
    renderer = ReplyRenderer(Identity("Sam Taylor", ME), [shipped_templates()])
    options = PassOptions(account_key="t", folders=("INBOX",), my_addresses=frozenset({ME}), since=EPOCH)

    def one_pass() -> int:
        mailbox = MaildirMailbox(tmp_path / "Mail", tmp_path / "uids")
        try:
            return len(run_pass(mailbox, ledger, classifier, renderer, options).decisions)
        finally:
            mailbox.close()

    yield box, ledger, one_pass
    ledger.close()


def test_a_pass_records_each_job_mail_as_an_event(
    record: tuple[stdlib_mailbox.Maildir, SqliteLedger, object],
) -> None:
    box, ledger, one_pass = record
    box.add(
        acknowledgement(
            message_id="<ack@quillpoint.io>",
            sender="Quillpoint <no-reply@us.greenhouse-mail.io>",
            subject="Thank you for applying for Backend Engineer at Quillpoint",
        )
    )
    box.add(invitation(message_id="<inv@quillpoint.io>", extra={"In-Reply-To": "<mine@example.org>"}))
    box.add(
        rejection(
            message_id="<rej@quillpoint.io>",
            extra={
                "In-Reply-To": "<inv@quillpoint.io>",
                "References": "<mine@example.org> <inv@quillpoint.io>",
            },
        )
    )
    box.add(make_message(NEWSLETTER, "Weekly digest", sender="Digest <news@digest.example>"))
    box.add(
        make_message(
            NEWSLETTER,
            "Weekly digest",
            sender="Digest <news@digest.example>",
            extra={"List-Id": "<digest.example>"},
        )
    )
    box.add(rejection(message_id="<mine-rej@example.org>", sender=f"Sam Taylor <{ME}>"))  # our own, Cc'd
    answered = stdlib_mailbox.MaildirMessage(
        rejection(message_id="<answered@fernhill.example>", sender="Olivia Grant <olivia@fernhill.example>")
    )
    answered.set_flags("R")  # \Answered: the user replied from their mail client
    box.add(answered)
    assert one_pass() == 7  # type: ignore[operator]

    events = {e.message_key: e for e in ledger.job_events("t")}
    assert set(events) >= {"<ack@quillpoint.io>", "<inv@quillpoint.io>", "<rej@quillpoint.io>"}
    assert "<mine-rej@example.org>" not in events, "our own mail is not the company's answer"
    ack, inv, rej = (
        events["<ack@quillpoint.io>"],
        events["<inv@quillpoint.io>"],
        events["<rej@quillpoint.io>"],
    )
    assert (ack.kind, ack.ats, ack.company) == ("applied", "Greenhouse", "Quillpoint")
    assert (inv.kind, inv.in_reply_to) == ("interview", "<mine@example.org>")
    assert (rej.kind, rej.company, rej.role) == ("rejection", "Quillpoint", "Backend Engineer")
    assert rej.references == ("<mine@example.org>", "<inv@quillpoint.io>")
    [draft] = [e for e in events.values() if e.kind == "draft"]  # the rejection is recent: answered
    assert draft.in_reply_to == "<rej@quillpoint.io>" and draft.company == "Quillpoint"
    [reply] = [e for e in events.values() if e.kind == "reply_sent"]  # answered: no draft, a reply
    assert reply.in_reply_to == "<answered@fernhill.example>"
    assert reply.when == events["<answered@fernhill.example>"].when
    assert len(events) == 6, "no event for the newsletter, the list mail or our own mail"

    assert one_pass() == 0  # type: ignore[operator]
    assert len(ledger.job_events("t")) == 6
