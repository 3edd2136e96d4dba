"""A pass over IMAP, for speed without giving up a promise: a pass that finds nothing new loads
no model, no templates and no parser; the next batch is fetched while one is classified, and a
connection lost mid-backlog still loses and doubles nothing; mail too big to fetch is found by
one SEARCH and recorded once, with its size, never read."""

from __future__ import annotations

import re
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clirun import Account, cli
from mailgen import acknowledgement, invitation, rejection
from watcher.classify import Classifier
from watcher.config import AccountConfig
from watcher.credentials import Credentials
from watcher.errors import MailboxError
from watcher.imap import ImapMailbox, open_connection
from watcher.mailbox import FetchedMessage
from watcher.reply import Identity, ReplyRenderer
from watcher.resources import shipped_model, shipped_templates
from watcher.service import PassOptions, run_pass
from watcher.state import Ledger

ME = "sam.taylor@example.org"
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
#: What an empty pass must not load: the model's libraries, the templates', the HTML renderer's,
#: and our own parser, context extractors and rules.
HEAVY = ("sklearn", "scipy", "numpy", "skops", "jinja2", "inscriptis", "lxml")
OURS = ("watcher.classify", "watcher.modelstore", "watcher.batch", "watcher.message", "watcher.context")

ONCE_AND_LIST_IMPORTS = """
import sys
from watcher.cli import main
code = main(["once"])
print("LOADED", " ".join(sorted(m for m in sys.modules if m.split(".")[0] in {heavy} or m in {ours})))
sys.exit(code)
"""


def _big(n: int) -> bytes:
    """A ~30 KB message (over a 10,000-byte max_message_bytes)."""
    raw = acknowledgement(message_id=f"<big-{n}@quillpoint.io>", subject=f"Big attachment {n}")
    return raw + (b"A" * 76 + b"\r\n") * 400


def _server_sizes(account: Account) -> dict[int, int]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder("INBOX", readonly=True)
        return {u: int(d[b"RFC822.SIZE"]) for u, d in c.fetch(c.search("ALL"), ["RFC822.SIZE"]).items()}


def test_an_empty_pass_loads_neither_the_model_nor_the_templates_nor_the_parser(
    account: Account, tmp_path: Path
) -> None:
    """Proved with a corrupt model too: loading it would fail the pass."""
    bad = tmp_path / "broken.skops"
    bad.write_bytes(b"PK\x03\x04 not a model")
    (tmp_path / "broken.json").write_text("{}")
    with (account.home / "config.toml").open("a") as fh:
        fh.write(f'[classifier]\nmodel = "{bad}"\n')
    snippet = ONCE_AND_LIST_IMPORTS.format(heavy=set(HEAVY), ours=set(OURS))
    for _ in range(2):  # the first run (which only records the starting point), then an empty pass
        result = subprocess.run(
            [sys.executable, "-c", snippet], env=account.env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        assert "0 error(s)" in result.stdout or "first run" in result.stdout, result.stdout
        [loaded] = [line for line in result.stdout.splitlines() if line.startswith("LOADED")]
        assert loaded.split() == ["LOADED"], f"an empty pass imported: {loaded}"


def test_too_big_mail_is_recorded_once_as_skipped_with_its_size(account_each_server: Account) -> None:
    account = account_each_server
    account.write_config(max_message_bytes=10_000, fetch_batch_size=2)
    mail = [rejection(), _big(1), invitation(), _big(2), rejection()]
    for raw in mail:
        account.server.deliver(account.user, account.password, raw)  # type: ignore[attr-defined]
    result = cli("once", "--since", "2000-01-01", env=account.env)
    assert result.returncode == 0, result.stderr
    sizes = _server_sizes(account)
    skipped = [line for line in result.stdout.splitlines() if "too large" in line]
    assert len(skipped) == 2, result.stdout
    for line in skipped:
        uid = int(re.search(r"uid (\d+)", line).group(1))  # type: ignore[union-attr]
        assert f"too large ({sizes[uid]:,} bytes > max_message_bytes 10,000); not fetched" in line
    assert "5 new message(s): 2 rejection(s) drafted" in result.stdout, result.stdout
    again = cli("once", "--since", "2000-01-01", env=account.env)
    assert "0 new message(s)" in again.stdout, again.stdout + again.stderr


def test_too_big_mail_is_never_fetched_and_nothing_asks_each_message_its_size(
    account: Account, recording_proxy
) -> None:  # type: ignore[no-untyped-def]
    """One SEARCH finds the too-big mail: only those have their size fetched (to record it), the
    rest is fetched whole, in batches, without a size round trip before each batch."""
    account.write_config(
        port=recording_proxy.port,
        security="plain",
        ca_file=None,
        max_message_bytes=10_000,
        fetch_batch_size=2,
    )
    uids = [
        account.server.deliver(account.user, account.password, raw)  # type: ignore[attr-defined]
        for raw in [rejection(), _big(1), invitation(), acknowledgement(), _big(2)]
    ]
    big = {uids[1], uids[4]}
    result = cli("once", "--since", "2000-01-01", env=account.env)
    assert result.returncode == 0, result.stderr
    bodies: list[int] = []
    sized: list[int] = []
    for cmd in recording_proxy.commands:
        if cmd.name != "UID FETCH":
            continue
        wanted = [int(u) for u in cmd.args.split()[0].split(",") if u.isdigit()]
        if "BODY.PEEK[]" in cmd.args.upper():
            bodies += wanted
        elif "RFC822.SIZE" in cmd.args.upper():
            sized += wanted
    assert sorted(bodies) == sorted(set(uids) - big), "every small message fetched once, no big one"
    assert sorted(sized) == sorted(big), "only the too-big mail has its size fetched"
    assert any(c.name == "UID SEARCH" and "LARGER 10000" in c.args.upper() for c in recording_proxy.commands)


class DroppingMailbox(ImapMailbox):
    """The real IMAP adapter whose connection dies (shut down under it, as a server restart or a
    network change would) during its `drop_at`-th body fetch."""

    drop_at = 0
    fetches = 0

    def fetch_raw(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        self.fetches += 1
        if self.fetches == self.drop_at:
            self._client.socket().shutdown(socket.SHUT_RDWR)
        return super().fetch_raw(folder, uids)


@pytest.mark.parametrize(
    "server_name",
    [pytest.param("dovecot", marks=pytest.mark.dovecot), pytest.param("cyrus", marks=pytest.mark.cyrus)],
)
def test_a_connection_lost_mid_backlog_loses_nothing_and_drafts_nothing_twice(
    server_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Batches of 3, rejections in batches 1, 3 and 4. Batch 3 is fetched ahead while batch 2 is
    classified, and that fetch loses the connection: batch 2 (which needs no mailbox) is still
    recorded, the pass stops at that batch boundary with the error, and the next pass does the
    rest: every message recorded once, every rejection drafted once."""
    server = request.getfixturevalue(server_name)
    user, password = server.new_user("backlog")
    server.deliver_many(user, password, [rejection() if i in (0, 6, 9) else invitation() for i in range(12)])
    account = AccountConfig(
        host=server.host,
        port=server.ssl_port,
        security="ssl",
        ca_file=Path(server.ca_file),
        username=user,
        password_env="UNUSED",
        timeout_seconds=10,
    )
    credentials = Credentials(user, password)
    classifier = Classifier.from_file(shipped_model())
    renderer = ReplyRenderer(Identity("Sam Taylor", ME), [shipped_templates()])
    options = PassOptions(
        account_key="k", folders=("INBOX",), my_addresses=frozenset({ME}), batch_size=3, since=EPOCH
    )
    ledger = Ledger.open(tmp_path / "state.sqlite3")
    try:
        box = DroppingMailbox.login(open_connection(account), account, credentials)
        box.drop_at = 3
        try:
            with pytest.raises(MailboxError, match="connection"):
                run_pass(box, ledger, classifier, renderer, options)
        finally:
            box.abort()
        first = _recorded_uids(tmp_path)
        assert len(first) == 6, "batches 1 and 2 recorded, not the one whose fetch failed"
        assert ledger.folder_state("k", "INBOX").high_uid == max(first)  # type: ignore[union-attr]
        assert len(_drafts(server, user, password)) == 1
        box = ImapMailbox.connect(account, credentials)
        try:
            report = run_pass(box, ledger, classifier, renderer, options)
        finally:
            box.close()
        assert len(report.decisions) == 6, "the next pass does the rest, and only the rest"
    finally:
        ledger.close()
    uids = _recorded_uids(tmp_path)
    assert len(uids) == len(set(uids)) == 12, "every message recorded once"
    drafts = _drafts(server, user, password)
    assert len(drafts) == len(set(drafts)) == 3, "every rejection drafted once"


def _recorded_uids(tmp_path: Path) -> list[int]:
    conn = sqlite3.connect(f"file:{tmp_path / 'state.sqlite3'}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT uid FROM messages")]
    finally:
        conn.close()


def _drafts(server, user: str, password: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The Message-IDs in the user's drafts folder (found by its special use, in any case)."""
    with server.client(user, password) as c:
        folders = c.list_folders()
        drafts = next(name for flags, _d, name in folders if b"\\drafts" in {f.lower() for f in flags})
        c.select_folder(drafts, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
        headers = [bytes(next(v for k, v in d.items() if k.startswith(b"BODY"))) for d in data.values()]
        return [h.decode().strip() for h in headers]
