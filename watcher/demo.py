"""`rejection-watcher demo`: the whole pipeline on a sample Maildir, no account needed.

Builds a temporary Maildir from the sample messages shipped in `watcher/demo_mail/` (two
rejections, an interview invitation, an application acknowledgement and a newsletter *about*
rejection), runs one real pass over it with the shipped model and templates, and prints what was
decided and the full text of each draft.
"""

from __future__ import annotations

import email
import email.utils
import mailbox
import os
import re
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from .classify import Classifier
from .maildir import MaildirMailbox
from .passreport import pass_lines
from .reply import Identity, ReplyRenderer
from .resources import shipped_model, shipped_templates
from .service import PassOptions, PassReport, run_pass
from .state import Ledger

DEMO_MAIL = Path(__file__).resolve().parent / "demo_mail"
DEMO_IDENTITY = Identity(
    name="Alex Morgan",
    email="alex.morgan@example.com",
    signature="Alex Morgan\nalex.morgan@example.com · +1 555 0142",
)
RULE = "─" * 72


def build_demo_maildir(root: Path) -> Path:
    """Create a Maildir at root/Maildir holding the sample messages as unread mail that arrived
    over the last few hours (their Date headers are moved to now, so they never look stale)."""
    box = mailbox.Maildir(str(root / "Maildir"), create=True)
    paths = sorted(DEMO_MAIL.glob("*.eml"))
    now = datetime.now(UTC)
    for i, path in enumerate(paths):
        sent = now - timedelta(hours=2 * (len(paths) - i))
        date = b"Date: " + email.utils.format_datetime(sent).encode()
        raw = re.sub(rb"(?m)^Date:.*$", date, path.read_bytes(), count=1)
        key = box.add(raw)
        stamp = sent.timestamp()
        os.utime(root / "Maildir" / "new" / key, (stamp, stamp))  # arrival time = Date, like a delivery
    box.add_folder("Drafts")
    return root / "Maildir"


def run_demo(out: TextIO, workdir: Path | None = None) -> PassReport:
    """Run the demo and print its story to `out`; return the pass report."""
    root = workdir or Path(tempfile.mkdtemp(prefix="rejection-watcher-demo-"))
    maildir = build_demo_maildir(root)
    # The same layout as a real state directory, so `run` can keep watching this mailbox.
    mbox = MaildirMailbox(maildir, root / "state" / "maildir-uids")
    ledger = Ledger.open(root / "state" / "state.sqlite3")
    classifier = Classifier.from_file(shipped_model())
    renderer = ReplyRenderer(DEMO_IDENTITY, [shipped_templates()])
    options = PassOptions(
        account_key="demo",
        folders=("INBOX",),
        my_addresses=frozenset({DEMO_IDENTITY.email}),
        since=datetime(1970, 1, 1, tzinfo=UTC),
    )
    try:
        report = run_pass(mbox, ledger, classifier, renderer, options)
    finally:
        ledger.close()
        mbox.close()
    _print_report(out, report, maildir, classifier.threshold)
    return report


def _print_report(out: TextIO, report: PassReport, maildir: Path, threshold: float) -> None:
    w = out.write
    w("rejection-watcher demo: one pass over a sample mailbox (nothing is sent anywhere)\n\n")
    w(f"Mailbox: {maildir} ({len(report.decisions)} messages in INBOX)\n")
    w(f"Model: {shipped_model()} (rejection when score ≥ {threshold:.2f})\n\n")
    for line in pass_lines(report, dry_run=False):
        w(f"  {line}\n")
    drafts = [d for d in report.decisions if d.draft is not None]
    for i, d in enumerate(drafts, 1):
        assert d.draft is not None
        mail = d.draft.email
        w(f"\nDraft {i} of {len(drafts)} (in reply to: {d.subject})\n{RULE}\n")
        for header in ("From", "To", "Subject", "In-Reply-To", "References", "Message-ID"):
            if mail[header] is not None:
                w(f"{header}: {mail[header]}\n")
        if mail["To"] is None:
            w("To: (empty)\n")
        w(f"\n{d.draft.body}\n{RULE}\n")
    w(
        f"\nThe drafts are in {maildir / '.Drafts'} (flagged Draft and Seen); the originals are untouched.\n"
        f"Browse them with:  mutt -f {maildir / '.Drafts'}\n"
        "To watch your own mailbox: `rejection-watcher init` writes a config, then\n"
        "`rejection-watcher check` tests it and `rejection-watcher run` starts watching.\n"
    )
