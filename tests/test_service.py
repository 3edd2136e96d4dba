"""The pass, on a real Maildir: what gets drafted, what is left alone, and never twice."""

from __future__ import annotations

import mailbox as stdlib_mailbox
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mailgen import ME, acknowledgement, invitation, make_message, rejection
from watcher.classify import Classifier
from watcher.maildir import MaildirMailbox
from watcher.reply import Identity, ReplyRenderer
from watcher.resources import shipped_model, shipped_templates
from watcher.service import PassOptions, run_pass
from watcher.state import Ledger

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_file(shipped_model())


@pytest.fixture
def renderer() -> ReplyRenderer:
    return ReplyRenderer(Identity("Sam Taylor", ME), [shipped_templates()])


class World:
    """A Maildir, our ledger, and the pieces of a pass."""

    def __init__(self, root: Path, classifier: Classifier, renderer: ReplyRenderer) -> None:
        self.root = root / "Mail"
        self.box = stdlib_mailbox.Maildir(str(self.root), create=True)
        self.box.add_folder("Drafts")
        self.box.add_folder("Jobs")
        self.state_dir = root / "state"
        self.ledger = Ledger.open(self.state_dir / "state.sqlite3")
        self.classifier, self.renderer = classifier, renderer

    def deliver(self, raw: bytes, folder: str = "INBOX") -> None:
        target = self.box if folder == "INBOX" else self.box.get_folder(folder)
        target.add(raw)

    def run(self, **options: object):  # type: ignore[no-untyped-def]
        opts = PassOptions(account_key="test", folders=("INBOX",), my_addresses=frozenset({ME}))
        opts = PassOptions(**{**opts.__dict__, **options})  # type: ignore[arg-type]
        mailbox = MaildirMailbox(self.root, self.state_dir / "uids")
        try:
            return run_pass(mailbox, self.ledger, self.classifier, self.renderer, opts)
        finally:
            mailbox.close()

    def drafts(self) -> list[stdlib_mailbox.MaildirMessage]:
        folder = self.box.get_folder("Drafts")
        return [folder[k] for k in folder.keys()]  # noqa: SIM118 (iterating a Maildir yields messages)


@pytest.fixture
def world(tmp_path: Path, classifier: Classifier, renderer: ReplyRenderer) -> Iterator[World]:
    w = World(tmp_path, classifier, renderer)
    yield w
    w.ledger.close()


def test_first_run_leaves_existing_mail_alone(world: World) -> None:
    world.deliver(rejection())
    report = world.run()
    assert report.decisions == [] and world.drafts() == []
    assert "first run" in report.notes[0]
    world.deliver(rejection())
    report = world.run()
    assert [d.action for d in report.decisions] == ["draft"]
    assert len(world.drafts()) == 1


def test_since_backfills_old_mail(world: World) -> None:
    world.deliver(rejection())
    world.deliver(invitation())
    report = world.run(since=EPOCH)
    assert sorted(d.action for d in report.decisions) == ["draft", "not_rejection"]


def test_one_draft_per_rejection_and_none_for_other_mail(world: World) -> None:
    world.run()
    world.deliver(rejection(message_id="<r1@quillpoint.io>"))
    world.deliver(invitation())
    world.deliver(acknowledgement())
    report = world.run()
    assert sorted(d.action for d in report.decisions) == ["draft", "not_rejection", "not_rejection"]
    [draft] = world.drafts()
    assert draft["In-Reply-To"] == "<r1@quillpoint.io>"
    assert set(draft.get_flags()) == {"D", "S"}
    assert world.run().decisions == [], "a second pass finds nothing new"
    assert len(world.drafts()) == 1


def test_originals_stay_unread_in_new(world: World) -> None:
    world.run()
    world.deliver(rejection())
    world.run()
    assert len(list((world.root / "new").iterdir())) == 1
    assert list((world.root / "cur").iterdir()) == []


def test_dry_run_changes_nothing(world: World) -> None:
    world.run()
    world.deliver(rejection())
    report = world.run(dry_run=True)
    assert [d.action for d in report.decisions] == ["draft"]
    assert report.drafts_created == [] and world.drafts() == []
    assert world.ledger.counts() == {}
    assert [d.action for d in world.run().decisions] == ["draft"], "the real pass still sees it"


def test_crash_between_append_and_commit_makes_no_second_draft(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.run()
    world.deliver(rejection())

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt("killed after APPEND, before the ledger commit")

    monkeypatch.setattr(Ledger, "record_batch", crash)
    with pytest.raises(KeyboardInterrupt):
        world.run()
    assert len(world.drafts()) == 1
    monkeypatch.undo()
    report = world.run()
    assert [d.action for d in report.decisions] == ["draft"]
    assert report.drafts_created == [], "found in Drafts by its Message-ID, not appended again"
    assert len(world.drafts()) == 1


def test_same_mail_in_two_watched_folders_is_drafted_once(world: World) -> None:
    world.run(folders=("INBOX", "Jobs"))
    raw = rejection(message_id="<dup@quillpoint.io>")
    world.deliver(raw)
    world.deliver(raw, folder="Jobs")
    report = world.run(folders=("INBOX", "Jobs"))
    assert sorted(d.action for d in report.decisions) == ["draft", "skip"]
    assert len(world.drafts()) == 1


def test_uid_map_loss_is_a_uidvalidity_change_deduped_by_message_id(world: World) -> None:
    world.run()
    world.deliver(rejection())
    world.run()
    for f in (world.state_dir / "uids").iterdir():
        f.unlink()  # the Maildir's UIDs are renumbered: a new UIDVALIDITY
    report = world.run()
    assert any("UIDVALIDITY changed" in n for n in report.notes)
    assert [d.action for d in report.decisions] == ["skip"]
    assert len(world.drafts()) == 1


def test_too_large_messages_are_recorded_and_not_fetched(world: World) -> None:
    world.run()
    world.deliver(
        make_message("x" * 50_000 + "\nwe decided to move forward with another candidate", subject="big")
    )
    report = world.run(max_message_bytes=20_000)
    [d] = report.decisions
    assert d.action == "skip" and "too large" in d.reason
    assert world.ledger.counts() == {"skip": 1}


class OneCallAtATime(MaildirMailbox):
    """The Maildir adapter, noting any moment when two of its methods run at once: the pass
    fetches the next batch on a thread, and an IMAP connection takes one command at a time.
    Each body fetch lingers a little, so a call made during it would be caught."""

    overlaps: list[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.overlaps, self.fetch_threads = [], set()
        self._busy = threading.Lock()
        self._owner: int | None = None

    def _one(self, name: str, call: Callable[[], Any], linger: float = 0.0) -> Any:
        if self._owner == threading.get_ident():  # a method calling another (uids_since)
            return call()
        if not self._busy.acquire(blocking=False):
            self.overlaps.append(name)
            self._busy.acquire()
        self._owner = threading.get_ident()
        try:
            if linger:
                time.sleep(linger)
            return call()
        finally:
            self._owner = None
            self._busy.release()

    def fetch_raw(self, folder: str, uids: Sequence[int]) -> Any:
        self.fetch_threads.add(threading.current_thread().name)
        return self._one("fetch_raw", lambda: super(OneCallAtATime, self).fetch_raw(folder, uids), 0.02)


for _name in ("open_folder", "uids_after", "uids_since", "uids_larger", "fetch_meta", "existing_drafts"):
    setattr(
        OneCallAtATime,
        _name,
        lambda self, *a, _n=_name: self._one(_n, lambda: getattr(MaildirMailbox, _n)(self, *a)),
    )
for _name in ("answered_in_sent", "append_draft", "drafts_folder", "sent_folder", "wrote_to_since"):
    setattr(
        OneCallAtATime,
        _name,
        lambda self, *a, _n=_name, **k: self._one(_n, lambda: getattr(MaildirMailbox, _n)(self, *a, **k)),
    )


def test_a_backlog_fetches_ahead_yet_never_uses_the_mailbox_twice_at_once(world: World) -> None:
    """Batches of 2 over 9 messages, rejections among them (so planning asks Sent and applying
    appends to Drafts): the next batch is fetched while one is classified, every message is
    decided once, every rejection drafted once, and no two mailbox calls ever overlap."""
    for i in range(9):
        world.deliver(rejection() if i % 3 == 0 else invitation())
    options = PassOptions(
        account_key="test", folders=("INBOX",), my_addresses=frozenset({ME}), batch_size=2, since=EPOCH
    )
    mailbox = OneCallAtATime(world.root, world.state_dir / "uids")
    try:
        report = run_pass(mailbox, world.ledger, world.classifier, world.renderer, options)
    finally:
        mailbox.close()
    assert mailbox.overlaps == []
    assert any(name.startswith("fetch") for name in mailbox.fetch_threads), "fetched ahead on a thread"
    assert sorted(d.uid for d in report.decisions) == sorted({d.uid for d in report.decisions})
    assert len(report.decisions) == 9 and len(report.drafts_created) == 3 == len(world.drafts())


def test_mail_from_me_or_only_cc_to_me_is_not_drafted(world: World) -> None:
    world.run()
    world.deliver(rejection(sender=f"Sam Taylor <{ME}>", to="candidate@example.net"))
    world.deliver(rejection(to="candidate@example.net", extra={"Cc": ME}))
    reasons = sorted(d.reason for d in world.run().decisions)
    assert reasons == ["addressed to someone else; you are only in Cc", "sent by you"]
    assert world.drafts() == []


def test_a_broken_template_is_recorded_as_an_error_and_the_pass_goes_on(
    world: World, tmp_path: Path, classifier: Classifier
) -> None:
    (tmp_path / "reply.en.txt.j2").write_text("{{ nope }}")
    world.renderer = ReplyRenderer(Identity("Sam", ME), [tmp_path])
    world.run()
    world.deliver(rejection())
    world.deliver(invitation())
    report = world.run()
    assert sorted(d.action for d in report.decisions) == ["error", "not_rejection"]
    assert world.run().decisions == []


def test_should_stop_leaves_the_rest_for_the_next_pass(world: World, classifier: Classifier) -> None:
    world.run()
    for _ in range(5):
        world.deliver(invitation())
    mailbox = MaildirMailbox(world.root, world.state_dir / "uids")
    calls = iter([False, False, True])
    opts = PassOptions(account_key="test", folders=("INBOX",), batch_size=2)
    report = run_pass(
        mailbox,
        world.ledger,
        classifier,
        world.renderer,
        opts,
        should_stop=lambda: next(calls, True),
    )
    assert len(report.decisions) == 2
    assert len(world.run(batch_size=2).decisions) == 3


def test_old_rejections_before_since_are_not_drafted(world: World) -> None:
    world.deliver(rejection())
    report = world.run(since=datetime.now(UTC) + timedelta(days=1))
    assert report.decisions == []


@pytest.mark.parametrize("stage", ["parse", "classify"])
def test_a_message_that_breaks_a_step_is_recorded_once_and_the_rest_go_on(
    world: World, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """Whatever step fails for one message (a parser or model bug meeting hostile mail), only
    that message is an error: recorded once with its reason, listed by `history` and counted by
    `status`, never retried; the ordinary rejection beside it is drafted."""
    from watcher import batch

    world.run()  # first run: the starting point
    poison = rejection(message_id="<poison@quillpoint.io>", subject="POISON")
    world.deliver(poison)
    world.deliver(rejection(message_id="<ordinary@quillpoint.io>"))
    real_parse, real_predict = batch.parse, world.classifier.predict_many

    def parse(raw: bytes):  # type: ignore[no-untyped-def]
        if stage == "parse" and b"POISON" in raw:
            raise RecursionError("maximum recursion depth exceeded")
        return real_parse(raw)

    def predict_many(messages):  # type: ignore[no-untyped-def]
        if stage == "classify" and any(m.subject == "POISON" for m in messages):
            raise ValueError("the model choked")
        return real_predict(messages)

    monkeypatch.setattr(batch, "parse", parse)
    monkeypatch.setattr(world.classifier, "predict_many", predict_many)
    report = world.run()
    assert sorted(d.action for d in report.decisions) == ["draft", "error"]
    error = next(d for d in report.decisions if d.action == "error")
    assert (
        "cannot parse: RecursionError" if stage == "parse" else "cannot classify: ValueError"
    ) in error.reason
    assert len(world.drafts()) == 1
    history = world.ledger.history()
    assert [r["decision"] for r in history].count("error") == 1
    assert next(iter(world.ledger.folder_counts().values()))["errors"] == 1
    assert world.run().decisions == []  # not retried


def test_a_backfill_over_drafts_already_made_reports_what_happened(world: World, tmp_path: Path) -> None:
    """`once --since` on fresh state over mail already answered by an earlier install: the drafts
    are found in Drafts, nothing is appended, and the summary says so (it used to say "drafted")."""
    from watcher.passreport import pass_lines

    for i in range(3):
        world.deliver(rejection(message_id=f"<backfill-{i}@quillpoint.io>"))
    first = world.run(since=EPOCH)
    assert len(first.drafts_created) == 3
    world.ledger.close()
    world.ledger = Ledger.open(tmp_path / "fresh-state.sqlite3")  # the state was lost or moved
    again = world.run(since=EPOCH)
    assert again.drafts_created == [] and len(again.drafts_existing) == 3
    assert len(world.drafts()) == 3
    out = "\n".join(pass_lines(again, dry_run=False))
    assert "0 rejection(s) drafted, 3 already in Drafts" in out
    assert out.count("in Drafts") == 4  # each message's line, and the summary


def test_the_ledger_keeps_the_kind_of_every_message(world: World) -> None:
    """Every message seen is recorded with the kind of job mail the model took it for, rejections
    and the rest alike (the job-search record builds on it)."""
    world.run()
    world.deliver(rejection(message_id="<kind-rej@quillpoint.io>"))
    world.deliver(invitation(message_id="<kind-inv@quillpoint.io>"))
    world.deliver(acknowledgement(message_id="<kind-ack@quillpoint.io>"))
    world.run()
    kinds = {row["message_key"]: row["kind"] for row in world.ledger.messages()}
    assert kinds["<kind-rej@quillpoint.io>"] == "rejection"
    assert kinds["<kind-inv@quillpoint.io>"] not in (None, "rejection", "position_closed")
    assert kinds["<kind-ack@quillpoint.io>"] not in (None, "rejection", "position_closed")
    assert set(kinds.values()) <= set(world.classifier.kinds)
