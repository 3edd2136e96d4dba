"""Training from labelled IMAP folders on a real Dovecot: read-only, and retrained on schedule only on change."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from clirun import Account, cli
from test_training import corpus_files
from watcher.app import build_components
from watcher.config import load_config
from watcher.daemon import ScheduledRetrain
from watcher.modelstore import metadata_path
from watcher.paths import Paths

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]
TRAINING = """
[training]
rejection_folders = ["Job/Rejected"]
other_folders = ["Job/Other"]
include_corpus = false
schedule = "weekly"
"""


@pytest.fixture
def account(tmp_path: Path, dovecot, imap_user) -> Account:  # type: ignore[no-untyped-def]
    user, password = imap_user
    acct = Account(tmp_path / "home", user, password, dovecot)
    acct.home.mkdir()
    with dovecot.client(user, password) as c:
        c.create_folder("Job/Rejected")
        c.create_folder("Job/Other")
    for p in corpus_files("rejection", 24):
        dovecot.deliver(user, password, p.read_bytes(), folder="Job/Rejected")
    for p in corpus_files("not_rejection", 24):
        dovecot.deliver(user, password, p.read_bytes(), folder="Job/Other")
    return acct


def write_config(account: Account, **overrides: object) -> Path:
    path = account.write_config(**overrides)
    with path.open("a") as fh:
        fh.write(TRAINING)
    return path


def flags(account: Account, folder: str) -> list[set[bytes]]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder(folder, readonly=True)
        data = c.fetch(c.search("ALL"), ["FLAGS"])
        return [set(d[b"FLAGS"]) - {b"\\Recent"} for d in data.values()]


def test_train_from_imap_folders_reads_without_touching(account: Account, recording_proxy) -> None:  # type: ignore[no-untyped-def]
    write_config(account, port=recording_proxy.port, security="plain", ca_file=None)
    result = cli("train", "--force", env=account.env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "training on 48 messages (48 of yours, 0 from the corpus)" in result.stdout
    model = account.home / "state" / "models" / "rejection-model.skops"
    meta = json.loads(metadata_path(model).read_text())
    assert set(meta["labelled_folders"]) == {"Job/Rejected", "Job/Other"}
    assert meta["source_counts"] == {"imap": 48}
    for cmd in recording_proxy.commands:
        assert cmd.name in {
            "CAPABILITY",
            "LOGIN",
            "LIST",
            "EXAMINE",
            "UID SEARCH",
            "UID FETCH",
            "NOOP",
            "LOGOUT",
            "ID",
            "STATUS",
        }, cmd
        if cmd.name == "UID FETCH":
            assert not re.search(r"BODY\[", cmd.args.upper().replace("BODY.PEEK[", "")), cmd.args
    assert all(f == set() for f in flags(account, "Job/Rejected") + flags(account, "Job/Other"))


def test_scheduled_retrain_runs_only_when_labelled_folders_changed(
    account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    config = load_config(write_config(account))
    paths = Paths(account.home / "config.toml", account.home / "state", account.home / "logs")
    monkey_env = pytest.MonkeyPatch()
    monkey_env.setenv("RW_TEST_PASSWORD", account.password)
    components = build_components(config, paths)
    retrain = ScheduledRetrain(config, paths, components)
    try:
        with caplog.at_level(logging.INFO, logger="watcher"):
            retrain()
            assert "labelled folders changed; training" in caplog.text
            caplog.clear()
            retrain()
            assert "labelled folders unchanged since the last training; skipped" in caplog.text
            caplog.clear()
            [extra] = corpus_files("not_rejection", 1, skip=30)
            account.server.deliver(account.user, account.password, extra.read_bytes(), folder="Job/Other")  # type: ignore[attr-defined]
            retrain()
            assert "labelled folders changed; training" in caplog.text
            assert "training on 49 messages" in caplog.text
    finally:
        components.ledger.close()
        monkey_env.undo()
