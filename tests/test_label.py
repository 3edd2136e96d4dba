"""`label ID rejection|not-rejection` against a real Dovecot: from `history` to a training example.

The history lists rejections and the messages the model was unsure about, each with an ID; label
fetches the message read-only (nothing in INBOX changes) and keeps it under labels/LABEL/, where
`train` reads it. Labelling it the other way moves it.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from clirun import PASSWORD_ENV, Account
from faultkit import folder, make_account
from mailgen import acknowledgement, rejection
from watcher import cli
from watcher.training.examples import path_examples

pytestmark = pytest.mark.dovecot


class Cli:
    def __init__(self, acct: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        monkeypatch.setenv("REJECTION_WATCHER_HOME", str(acct.home))
        monkeypatch.setenv(PASSWORD_ENV, acct.password)
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out = self.capsys.readouterr()
        logging.getLogger().handlers.clear()
        return code, out.out, out.err


def test_label_a_message_from_history(
    tmp_path: Path, dovecot: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    user, password = dovecot.new_user("label")  # type: ignore[attr-defined]
    acct = make_account(dovecot, tmp_path / "home", user, password)
    run = Cli(acct, monkeypatch, capsys)
    assert run("once")[0] == 0
    deliver = dovecot.deliver  # type: ignore[attr-defined]
    deliver(user, password, rejection(message_id="<label-rej@quillpoint.io>"))
    deliver(user, password, acknowledgement(message_id="<label-ack@quillpoint.io>"))
    assert run("once")[0] == 0
    before = folder(dovecot, user, password)

    code, out, _ = run("history", "--csv")
    assert code == 0
    rows = [line.split(",") for line in out.splitlines()[1:]]
    assert rows and all(r[0].isdigit() for r in rows), out
    rejection_id = next(r[0] for r in rows if "yes" in r)

    code, out, err = run("label", rejection_id, "not-rejection")
    assert code == 0, err
    kept = list((acct.home / "state" / "labels" / "not_rejection").glob("*.eml"))
    assert len(kept) == 1 and b"<label-rej@quillpoint.io>" in kept[0].read_bytes()
    assert "INBOX UID" in out
    assert [e.label for e in path_examples("not_rejection", kept[0].parent)] == ["not_rejection"]

    code, out, err = run("label", "<label-rej@quillpoint.io>", "rejection")  # changed my mind
    assert code == 0, err
    assert not list((acct.home / "state" / "labels" / "not_rejection").glob("*.eml"))
    assert len(list((acct.home / "state" / "labels" / "rejection").glob("*.eml"))) == 1
    assert "labelled not-rejection before" in out

    saved = tmp_path / "saved.eml"
    saved.write_bytes(acknowledgement(message_id="<label-file@quillpoint.io>"))
    assert run("label", str(saved), "not-rejection")[0] == 0
    assert folder(dovecot, user, password) == before  # read-only: no flag, no message changed

    code, _, err = run("label", "99999", "rejection")
    assert code != 0 and err.startswith("error: no message '99999' in the history")

    # `train` always includes the corrections, ahead of everything else.
    import io

    from watcher.paths import default_paths
    from watcher.training.run import TrainOptions, gather

    examples, _ = gather(
        None, default_paths(), TrainOptions(base=False, imap=False, progress=False), io.StringIO()
    )
    assert sorted(e.label for e in examples) == ["not_rejection", "rejection"]
