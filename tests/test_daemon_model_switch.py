"""The running daemon scores with the model it was told to use.

`train` promotes a model by writing it where the daemon's model is looked up; before, the daemon
kept the model it started with until a restart (a message scored 0.64 by the new model was drafted
by the old one while `classify` said 0.62, not a rejection). Now it loads the new file at its next
pass and says so; SIGHUP asks for a reload too.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from faultkit import Daemon, ledger_rows, make_account, wait_until
from mailgen import invitation
from watcher.modelstore import load_model, save_model
from watcher.resources import MODEL_FILENAME, shipped_model

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def test_a_promoted_model_is_used_from_the_next_pass(tmp_path: Path, dovecot: object) -> None:
    user, password = dovecot.new_user("switch")  # type: ignore[attr-defined]
    acct = make_account(dovecot, tmp_path / "home", user, password)
    daemon = Daemon(acct, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_segment(lambda t: "with IDLE" in t, 60, "the daemon to start")
        daemon.wait_segment(lambda t: "first run" in t, 30, "the first pass")
        deliver = dovecot.deliver  # type: ignore[attr-defined]
        deliver(user, password, invitation(message_id="<before@quillpoint.io>"))
        wait_until(lambda: len(ledger_rows(acct)) == 1, 30, "the invitation", context=daemon.segment)
        assert ledger_rows(acct)[0]["decision"] == "not_rejection"

        # "train" promotes a model that calls everything a rejection (threshold ~0).
        shipped = load_model(shipped_model())
        save_model(
            shipped.pipeline,
            {**shipped.metadata, "threshold": 1e-9},
            acct.home / "state" / "models" / MODEL_FILENAME,
        )
        deliver(user, password, invitation(message_id="<after@quillpoint.io>"))
        wait_until(lambda: len(ledger_rows(acct)) == 2, 30, "the second invitation", context=daemon.segment)
        after = next(r for r in ledger_rows(acct) if r["message_key"] == "<after@quillpoint.io>")
        assert after["decision"] == "draft", dict(after)
        assert "model switched to" in daemon.segment()

        assert daemon.proc is not None
        daemon.proc.send_signal(signal.SIGHUP)
        daemon.wait_segment(lambda t: "received SIGHUP" in t, 10, "the SIGHUP to be noticed")
        assert daemon.alive
    finally:
        assert daemon.terminate() == 0
