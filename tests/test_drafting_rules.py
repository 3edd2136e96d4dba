"""When not to draft, and the follow-up: on a real Maildir with a clock we control."""

from __future__ import annotations

import email
import email.policy
import email.utils
import mailbox as stdlib_mailbox
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clirun import cli
from mailgen import ME, make_message, rejection
from watcher.classify import Classifier
from watcher.maildir import MaildirMailbox
from watcher.reply import Identity, ReplyRenderer
from watcher.resources import shipped_model, shipped_templates
from watcher.service import PassOptions, PassReport, run_pass
from watcher.state import Ledger

APPLICATION_STAGE = (
    "Dear Sam,\n\nThank you for applying for the Data Analyst position at Quillpoint. After reviewing "
    "your application, we have decided not to move forward with your candidacy at this time.\n\n"
    "Kind regards,\nQuillpoint Talent Team\n"
)


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_file(shipped_model())


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


class World:
    def __init__(self, root: Path, classifier: Classifier) -> None:
        self.root = root / "Mail"
        self.box = stdlib_mailbox.Maildir(str(self.root), create=True)
        for name in ("Drafts", "Sent"):
            self.box.add_folder(name)
        self.ledger = Ledger.open(root / "state" / "state.sqlite3")
        self.uids = root / "state" / "uids"
        self.classifier = classifier
        self.renderer = ReplyRenderer(Identity("Sam Taylor", ME, "Sam"), [shipped_templates()])
        self.clock = Clock()
        self.options = PassOptions(
            account_key="t", folders=("INBOX",), my_addresses=frozenset({ME}), follow_up_after_days=60
        )

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: str = "") -> None:
        msg = stdlib_mailbox.MaildirMessage(raw)
        msg.set_date(self.clock.now.timestamp())  # delivered "now" on the test's clock
        if flags:
            msg.set_subdir("cur")
            msg.set_flags(flags)
        (self.box if folder == "INBOX" else self.box.get_folder(folder)).add(msg)

    def run(self, **changes: object) -> PassReport:
        options = PassOptions(**{**self.options.__dict__, **changes})  # type: ignore[arg-type]
        mailbox = MaildirMailbox(self.root, self.uids)
        try:
            return run_pass(mailbox, self.ledger, self.classifier, self.renderer, options, now=self.clock)
        finally:
            mailbox.close()

    def drafts(self) -> list[email.message.EmailMessage]:
        folder = self.box.get_folder("Drafts")
        return [
            email.message_from_bytes(folder.get_bytes(k), policy=email.policy.default)
            for k in folder.keys()  # noqa: SIM118 (iterating a Maildir yields messages, not keys)
        ]  # type: ignore[misc]


@pytest.fixture
def world(tmp_path: Path, classifier: Classifier) -> Iterator[World]:
    w = World(tmp_path, classifier)
    w.run()  # first run: start watching
    yield w
    w.ledger.close()


def reasons(report: PassReport) -> list[str]:
    return [d.reason for d in report.decisions]


def test_mailing_list_mail_is_not_drafted(world: World) -> None:
    world.deliver(rejection(extra={"List-Id": "<careers.quillpoint.io>"}))
    assert reasons(world.run()) == ["mailing-list mail (List-Id): a newsletter, not a personal rejection"]


def test_old_rejections_are_recorded_but_not_drafted(world: World) -> None:
    old = email.utils.format_datetime(datetime.now(UTC) - timedelta(days=45))
    raw = rejection().replace(b"Date: ", b"X-Old-Date: ", 1)
    world.deliver(b"Date: " + old.encode() + b"\r\n" + raw)
    assert reasons(world.run()) == ["older than 30 days (max_age_days)"]


def test_answered_flag_means_already_replied(world: World) -> None:
    world.deliver(rejection(), flags="RS")
    assert reasons(world.run()) == ["you already replied to this message"]


def test_a_reply_in_sent_means_already_replied(world: World) -> None:
    world.deliver(
        make_message(
            "Thanks for letting me know!",
            "Re: Your application",
            sender=ME,
            to="hannah.becker@quillpoint.io",
            extra={"In-Reply-To": "<orig-7@quillpoint.io>"},
        ),
        folder="Sent",
    )
    world.deliver(rejection(message_id="<orig-7@quillpoint.io>"))
    assert reasons(world.run()) == ["you already replied to this message"]


def test_a_second_rejection_in_a_drafted_thread_gets_no_second_draft(world: World) -> None:
    world.deliver(rejection(message_id="<first@quillpoint.io>"))
    world.run()
    world.deliver(
        rejection(
            subject="Re: Your application for Backend Engineer",
            extra={"In-Reply-To": "<first@quillpoint.io>", "References": "<first@quillpoint.io>"},
        )
    )
    assert reasons(world.run()) == ["this thread already has a reply draft from us"]
    assert len(world.drafts()) == 1


def test_application_stage_rejections_can_be_left_out(world: World) -> None:
    world.deliver(make_message(APPLICATION_STAGE, "Your application for Data Analyst"))
    report = world.run(stages=("after_interview",))
    assert reasons(report) == ["stage after_application is not in drafts.stages"]
    world.deliver(rejection())
    assert [d.action for d in world.run(stages=("after_interview",)).decisions] == ["draft"]


def test_each_stage_gets_its_template(world: World) -> None:
    world.deliver(make_message(APPLICATION_STAGE, "Your application for Data Analyst"))
    world.deliver(rejection())
    templates = sorted(d.draft.template for d in world.run().decisions if d.draft)
    assert templates == ["reply.after_application.en.txt.j2", "reply.after_interview.en.txt.j2"]


def test_follow_up_is_drafted_when_due_threaded_and_only_once(world: World) -> None:
    world.deliver(rejection(message_id="<rej-f@quillpoint.io>"))
    world.run()
    [followup] = world.ledger.followups()
    assert followup.status == "scheduled"
    assert followup.due_at == pytest.approx(world.clock.now + timedelta(days=60), abs=timedelta(seconds=5))
    world.clock.now += timedelta(days=59)
    assert world.run().followups == [] and len(world.drafts()) == 1
    world.clock.now += timedelta(days=2)
    dry = world.run(dry_run=True)
    assert [f.action for f in dry.followups] == ["draft"] and len(world.drafts()) == 1
    report = world.run()
    assert [f.action for f in report.followups] == ["draft"]
    drafts = world.drafts()
    assert len(drafts) == 2
    follow = next(d for d in drafts if "check in" in d.get_content())
    assert follow["In-Reply-To"] == "<rej-f@quillpoint.io>"
    assert "<rej-f@quillpoint.io>" in follow["References"]
    assert follow["To"] == "Hannah Becker <hannah.becker@quillpoint.io>"
    assert "Quillpoint" in follow.get_content()
    world.clock.now += timedelta(days=30)
    assert world.run().followups == [] and len(world.drafts()) == 2
    assert world.ledger.followups()[0].status == "drafted"


def test_follow_up_is_skipped_if_you_wrote_to_them_since(world: World) -> None:
    world.deliver(rejection())
    world.run()
    world.clock.now += timedelta(days=20)
    sent = make_message(
        "Hi Hannah, I just applied for the Platform role too!",
        "Platform Engineer",
        sender=ME,
        to="hannah.becker@quillpoint.io",
    )
    world.deliver(sent, folder="Sent")
    world.clock.now += timedelta(days=45)
    [decision] = world.run().followups
    assert decision.action == "skip" and decision.reason == "you wrote to quillpoint.io since the reply"
    assert len(world.drafts()) == 1


def test_sending_the_reply_itself_does_not_cancel_the_follow_up(world: World) -> None:
    world.deliver(rejection(message_id="<rej-s@quillpoint.io>"))
    world.run()
    reply = make_message(
        "Thank you for letting me know...",
        "Re: Your application",
        sender=ME,
        to="hannah.becker@quillpoint.io",
        extra={"In-Reply-To": "<rej-s@quillpoint.io>"},
    )
    world.clock.now += timedelta(days=5)  # sent late, but it is the reply to the rejection
    world.deliver(reply, folder="Sent")
    world.clock.now += timedelta(days=60)
    assert [f.action for f in world.run().followups] == ["draft"]


def test_follow_ups_off(world: World) -> None:
    world.deliver(rejection())
    world.run(follow_up_after_days=0)
    assert world.ledger.followups() == []


def test_followups_history_and_cancel_commands(tmp_path: Path, classifier: Classifier) -> None:
    w = World(tmp_path, classifier)
    try:
        w.run()
        w.deliver(rejection())
        w.deliver(make_message(APPLICATION_STAGE, "Your application for Data Analyst"))
        w.run()
    finally:
        w.ledger.close()
    env = {"REJECTION_WATCHER_HOME": str(tmp_path)}
    listing = cli("followups", env=env)
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.count("scheduled") == 2 and "Quillpoint" in listing.stdout
    cancel = cli("followups", "cancel", "1", env=env)
    assert cancel.returncode == 0 and "cancelled follow-up 1" in cancel.stdout
    again = cli("followups", "cancel", "1", env=env)
    assert again.returncode != 0 and "already cancelled" in again.stderr and "Traceback" not in again.stderr
    history = cli("history", env=env)
    assert history.returncode == 0
    assert "Backend Engineer" in history.stdout and "after interview" in history.stdout
    as_csv = cli("history", "--csv", env=env)
    lines = as_csv.stdout.strip().splitlines()
    assert lines[0] == "id,date,company,role,stage,draft,follow-up due,subject,from"
    assert len(lines) == 3 and "cancelled" in as_csv.stdout


def test_draft_preview_shows_context_and_the_draft(tmp_path: Path) -> None:
    path = tmp_path / "r.eml"
    path.write_bytes(rejection())
    result = cli("draft", str(path), env={"REJECTION_WATCHER_HOME": str(tmp_path / "h")})
    assert result.returncode == 0, result.stderr
    assert "classifier: rejection" in result.stdout
    assert "contact:  Hannah (confidence" in result.stdout
    assert "Subject: Re: Your application for Backend Engineer" in result.stdout
    assert "stay on your radar" in result.stdout
