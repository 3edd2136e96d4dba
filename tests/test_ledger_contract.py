"""One contract for every `Ledger` (the port in watcher/ledger.py): the SQLite ledger the program
uses and the in-memory one for fast tests of the core answer alike, so the fake cannot drift
(vdirsyncer's StorageTests, run against each storage). Then the pure choice of UIDs a pass looks
at, tested alone, and a pass on the in-memory ledger."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.applications import JobMailEvent
from watcher.ledger import FolderState, FollowupSpec, Ledger, MemoryLedger, MessageRecord
from watcher.service import UIDVALIDITY_LOOKBACK, plan_scan
from watcher.state import SqliteLedger

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def record(uid: int, key: str, draft: str | None = None, followup_days: float | None = None) -> MessageRecord:
    return MessageRecord(
        uid=uid,
        message_key=key,
        subject=f"subject {uid}",
        sender="hr@example.com",
        received_at=T0,
        label="rejection" if draft else "not_rejection",
        score=0.9 if draft else 0.1,
        decision="draft" if draft else "not_rejection",
        reason="test",
        draft_message_id=draft,
        followup=FollowupSpec(T0 + timedelta(days=followup_days), {"company": "Acme"})
        if followup_days is not None
        else None,
    )


class LedgerContract:
    """The tests every Ledger passes; subclasses provide the `ledger` fixture."""

    def test_a_folder_has_no_position_until_one_is_set(self, ledger: Ledger) -> None:
        assert ledger.folder_state("a", "INBOX") is None
        ledger.set_folder_state("a", "INBOX", FolderState(7, 42, T0))
        assert ledger.folder_state("a", "INBOX") == FolderState(7, 42, T0)
        assert ledger.folder_state("b", "INBOX") is None and ledger.folder_state("a", "Jobs") is None

    def test_a_batch_is_recorded_with_the_folder_position(self, ledger: Ledger) -> None:
        ledger.record_batch(
            "a", "INBOX", 7, [record(1, "<m1@x>"), record(2, "<m2@x>")], FolderState(7, 2, T0)
        )
        assert ledger.folder_state("a", "INBOX") == FolderState(7, 2, T0)
        assert ledger.unknown_uids("a", "INBOX", 7, [3, 2, 1, 4]) == [3, 4]
        assert ledger.unknown_uids("a", "INBOX", 8, [1, 2]) == [1, 2]  # another UID epoch
        assert ledger.unknown_uids("a", "Jobs", 7, [1]) == [1]

    def test_known_keys_are_per_account_across_folders(self, ledger: Ledger) -> None:
        ledger.record_batch("a", "INBOX", 7, [record(1, "<m1@x>")], FolderState(7, 1, T0))
        ledger.record_batch("a", "Jobs", 3, [record(9, "<m2@x>")], FolderState(3, 9, T0))
        assert ledger.known_keys("a", ["<m1@x>", "<m2@x>", "<m3@x>"]) == {"<m1@x>", "<m2@x>"}
        assert ledger.known_keys("b", ["<m1@x>"]) == set()
        assert ledger.known_keys("a", []) == set()

    def test_drafted_sources_are_the_messages_that_got_a_draft(self, ledger: Ledger) -> None:
        ledger.record_batch(
            "a", "INBOX", 7, [record(1, "<m1@x>", draft="<d1@x>"), record(2, "<m2@x>")], FolderState(7, 2, T0)
        )
        assert ledger.drafted_sources("a", ["<m1@x>", "<m2@x>"]) == {"<m1@x>"}
        assert ledger.drafted_sources("b", ["<m1@x>"]) == set()
        assert ledger.drafted_sources("a", []) == set()

    def test_a_recorded_uid_is_recorded_again_by_replacing_it(self, ledger: Ledger) -> None:
        ledger.record_batch("a", "INBOX", 7, [record(1, "<m1@x>")], FolderState(7, 1, T0))
        ledger.record_batch("a", "INBOX", 7, [record(1, "<m1@x>", draft="<d1@x>")], FolderState(7, 1, T0))
        assert ledger.unknown_uids("a", "INBOX", 7, [1]) == []
        assert ledger.drafted_sources("a", ["<m1@x>"]) == {"<m1@x>"}

    def test_a_draft_schedules_one_follow_up_due_at_its_time(self, ledger: Ledger) -> None:
        ledger.record_batch(
            "a",
            "INBOX",
            7,
            [record(1, "<m1@x>", draft="<d1@x>", followup_days=30), record(2, "<m2@x>", followup_days=5)],
            FolderState(7, 2, T0),
        )
        # the same message drafted again (another folder) does not schedule a second one
        ledger.record_batch(
            "a", "Jobs", 3, [record(4, "<m1@x>", draft="<d1@x>", followup_days=1)], FolderState(3, 4, T0)
        )
        assert ledger.due_followups("a", T0 + timedelta(days=29)) == []
        [due] = ledger.due_followups("a", T0 + timedelta(days=30))
        assert (due.account, due.source_key, due.reply_message_id) == ("a", "<m1@x>", "<d1@x>")
        assert (due.status, due.context, due.due_at) == (
            "scheduled",
            {"company": "Acme"},
            T0 + timedelta(days=30),
        )
        assert ledger.due_followups("b", T0 + timedelta(days=90)) == []

    def test_due_follow_ups_come_earliest_first(self, ledger: Ledger) -> None:
        records = [
            record(i, f"<m{i}@x>", draft=f"<d{i}@x>", followup_days=d) for i, d in ((1, 20), (2, 10), (3, 15))
        ]
        ledger.record_batch("a", "INBOX", 7, records, FolderState(7, 3, T0))
        due = ledger.due_followups("a", T0 + timedelta(days=60))
        assert [f.source_key for f in due] == ["<m2@x>", "<m3@x>", "<m1@x>"]

    def test_a_finished_follow_up_is_no_longer_due_and_stays_finished(self, ledger: Ledger) -> None:
        ledger.record_batch(
            "a", "INBOX", 7, [record(1, "<m1@x>", draft="<d1@x>", followup_days=1)], FolderState(7, 1, T0)
        )
        [due] = ledger.due_followups("a", T0 + timedelta(days=2))
        ledger.finish_followup(due.id, "drafted", "check-in", "<f1@x>")
        assert ledger.due_followups("a", T0 + timedelta(days=2)) == []
        ledger.finish_followup(due.id, "skipped", "too late")  # a finished one is left alone
        ledger.finish_followup(due.id + 100, "skipped", "no such follow-up")  # nor does this raise
        assert ledger.due_followups("a", T0 + timedelta(days=2)) == []

    # --- the job-search record ---------------------------------------------------------------

    def test_job_mail_is_kept_as_an_event_once_across_folders(self, ledger: Ledger) -> None:
        ack = job_record(1, "<ack@x>", "applied", when=T0)
        ledger.record_batch("a", "INBOX", 7, [ack, record(2, "<other@x>")], FolderState(7, 2, T0))
        again = job_record(5, "<ack@x>", "applied", when=T0)  # the same mail, filed in another folder
        ledger.record_batch("a", "Jobs", 3, [again], FolderState(3, 5, T0))
        assert ledger.job_events("a") == [ack.event]
        assert ledger.job_events("b") == []
        assert ledger.job_events() == [ack.event]

    def test_events_come_oldest_first_across_accounts(self, ledger: Ledger) -> None:
        late = job_record(1, "<late@x>", "rejection", when=T0 + timedelta(days=9), account="b")
        early = job_record(2, "<early@x>", "applied", when=T0)
        ledger.record_batch("b", "INBOX", 7, [late], FolderState(7, 1, T0))
        ledger.record_batch("a", "INBOX", 7, [early], FolderState(7, 2, T0))
        assert [e.message_key for e in ledger.job_events()] == ["<early@x>", "<late@x>"]

    def test_our_draft_and_follow_up_are_events_answering_the_mail(self, ledger: Ledger) -> None:
        rejected = job_record(1, "<rej@x>", "rejection", when=T0, draft="<d1@x>", followup_days=1)
        ledger.record_batch("a", "INBOX", 7, [rejected], FolderState(7, 1, T0))
        [due] = ledger.due_followups("a", T0 + timedelta(days=2))
        ledger.finish_followup(due.id, "drafted", "check-in", "<f1@x>")
        events = {e.kind: e for e in ledger.job_events("a")}
        assert set(events) == {"rejection", "draft", "followup"}
        draft, followup = events["draft"], events["followup"]
        assert (draft.message_key, draft.in_reply_to, draft.company, draft.role) == (
            "<d1@x>",
            "<rej@x>",
            "Acme",
            "Data Engineer",
        )
        assert (followup.message_key, followup.in_reply_to) == ("<f1@x>", "<d1@x>")
        assert "<rej@x>" in followup.references

    def test_a_drafted_follow_up_is_an_event_only_once_drafted(self, ledger: Ledger) -> None:
        rejected = job_record(1, "<rej@x>", "rejection", when=T0, draft="<d1@x>", followup_days=1)
        ledger.record_batch("a", "INBOX", 7, [rejected], FolderState(7, 1, T0))
        # the draft is stamped when it was saved (now), after the mail it answers (T0)
        assert [e.kind for e in ledger.job_events("a")] == ["rejection", "draft"]

    def test_a_job_mail_the_user_answered_has_their_reply_as_an_event(self, ledger: Ledger) -> None:
        answered = replace(job_record(1, "<rej@x>", "rejection", when=T0), replied=True)
        ledger.record_batch(
            "a", "INBOX", 7, [answered, job_record(2, "<ack@x>", "applied", when=T0)], FolderState(7, 2, T0)
        )
        again = replace(job_record(9, "<rej@x>", "rejection", when=T0), replied=True)  # in another folder
        ledger.record_batch("a", "Jobs", 3, [again], FolderState(3, 9, T0))
        [reply] = [e for e in ledger.job_events("a") if e.kind == "reply_sent"]
        assert (reply.in_reply_to, reply.when, reply.company) == ("<rej@x>", T0, "Acme")

    def test_a_full_record_replaced_by_an_ordinary_one_is_still_known_once(self, ledger: Ledger) -> None:
        ledger.record_batch("a", "INBOX", 7, [record(1, "<m1@x>", draft="<d1@x>")], FolderState(7, 1, T0))
        ledger.record_batch("a", "INBOX", 7, [record(1, "<m1@x>")], FolderState(7, 1, T0))
        assert ledger.unknown_uids("a", "INBOX", 7, [1, 2]) == [2]
        assert ledger.known_keys("a", ["<m1@x>"]) == {"<m1@x>"}


def job_record(
    uid: int,
    key: str,
    kind: str,
    *,
    when: datetime,
    account: str = "a",
    draft: str | None = None,
    followup_days: float | None = None,
) -> MessageRecord:
    """A job mail as a pass records it: its decision and the event the record keeps."""
    event = JobMailEvent(
        account=account,
        message_key=key,
        when=when,
        kind=kind,
        company="Acme",
        role="Data Engineer",
        ats="Greenhouse",
        subject=f"Your application ({kind})",
        sender="Acme Talent <no-reply@greenhouse.io>",
        in_reply_to="<mine@x>",
        references=("<older@x>", "<mine@x>"),
    )
    rejected = kind in ("rejection", "position_closed")
    return MessageRecord(
        uid=uid,
        message_key=key,
        subject=event.subject,
        sender=event.sender,
        received_at=when,
        label="rejection" if rejected else "not_rejection",
        score=0.9 if rejected else 0.05,
        decision="draft" if draft else ("skip" if rejected else "not_rejection"),
        reason="test",
        draft_message_id=draft,
        followup=FollowupSpec(T0 + timedelta(days=followup_days), {"company": "Acme"})
        if followup_days is not None
        else None,
        kind={"applied": "acknowledgement"}.get(kind, kind),
        event=event,
    )


class TestSqliteLedger(LedgerContract):
    @pytest.fixture
    def ledger(self, tmp_path: Path) -> Iterator[Ledger]:
        sqlite = SqliteLedger.open(tmp_path / "state.sqlite3")
        yield sqlite
        sqlite.close()


class TestMemoryLedger(LedgerContract):
    @pytest.fixture
    def ledger(self) -> Ledger:
        return MemoryLedger()


def test_both_ledgers_satisfy_the_port() -> None:
    """mypy checks these assignments against the Protocol; here they are at least exercised."""
    ledgers: list[Ledger] = [MemoryLedger(), SqliteLedger.open(None)]
    assert len(ledgers) == 2


# --- which UIDs a pass looks at: a pure function --------------------------------------------------


def test_a_first_run_looks_at_nothing_and_starts_at_the_newest_message() -> None:
    scan = plan_scan("INBOX", None, uidvalidity=7, uidnext=101, since=None)
    assert scan.first_run and scan.high == 100
    assert scan.note is not None and "first run — watching mail after UID 100" in scan.note


def test_a_first_run_with_since_looks_at_mail_since_then() -> None:
    scan = plan_scan("INBOX", None, uidvalidity=7, uidnext=101, since=T0)
    assert not scan.first_run and (scan.after_uid, scan.since, scan.high, scan.note) == (None, T0, 0, None)


def test_a_known_folder_looks_above_its_high_water_mark() -> None:
    scan = plan_scan("INBOX", FolderState(7, 40, T0), uidvalidity=7, uidnext=101, since=None)
    assert (scan.after_uid, scan.since, scan.high, scan.note, scan.first_run) == (40, None, 40, None, False)


def test_since_adds_older_mail_to_a_known_folder() -> None:
    since = T0 - timedelta(days=30)
    scan = plan_scan("INBOX", FolderState(7, 40, T0), uidvalidity=7, uidnext=101, since=since)
    assert (scan.after_uid, scan.since, scan.high) == (40, since, 40)


def test_a_new_uidvalidity_looks_again_from_a_day_before_the_last_pass() -> None:
    scan = plan_scan("INBOX", FolderState(7, 40, T0), uidvalidity=8, uidnext=5, since=None)
    assert (scan.after_uid, scan.since, scan.high) == (None, T0 - UIDVALIDITY_LOOKBACK, 0)
    assert scan.note is not None and "UIDVALIDITY changed (7 → 8)" in scan.note


def test_a_new_uidvalidity_with_an_earlier_since_looks_from_the_earlier_date() -> None:
    earlier = T0 - timedelta(days=90)
    later = T0 + timedelta(days=1)
    assert plan_scan("INBOX", FolderState(7, 40, T0), 8, 5, earlier).since == earlier
    assert plan_scan("INBOX", FolderState(7, 40, T0), 8, 5, later).since == T0 - UIDVALIDITY_LOOKBACK


# --- the core on the in-memory ledger --------------------------------------------------------------


def test_a_pass_on_the_memory_ledger_drafts_once(tmp_path: Path) -> None:
    import mailbox as stdlib_mailbox

    from mailgen import ME, rejection
    from watcher.classify import Classifier
    from watcher.maildir import MaildirMailbox
    from watcher.reply import Identity, ReplyRenderer
    from watcher.resources import shipped_model, shipped_templates
    from watcher.service import PassOptions, run_pass

    box = stdlib_mailbox.Maildir(str(tmp_path / "Mail"), create=True)
    box.add_folder("Drafts")
    ledger = MemoryLedger()
    classifier = Classifier.from_file(shipped_model())
    renderer = ReplyRenderer(Identity("Sam Taylor", ME), [shipped_templates()])
    options = PassOptions(
        account_key="t", folders=("INBOX",), my_addresses=frozenset({ME}), follow_up_after_days=30
    )

    def one_pass() -> list[str]:
        mailbox = MaildirMailbox(tmp_path / "Mail", tmp_path / "uids")
        try:
            return [d.action for d in run_pass(mailbox, ledger, classifier, renderer, options).decisions]
        finally:
            mailbox.close()

    assert one_pass() == []  # first run: a position, nothing else
    box.add(rejection())
    assert one_pass() == ["draft"]
    assert one_pass() == []
    assert len(box.get_folder("Drafts")) == 1
    [followup] = ledger.due_followups("t", datetime.now(UTC) + timedelta(days=31))
    assert followup.status == "scheduled"
