"""`[notify] command`: a nudge each time a reply or follow-up draft is saved.

Exactly once per draft, across restarts: the ledger records a draft's notice as *pending* in the
same transaction as the draft itself (`state._queue_notice`), and `announce_pending` — called by
`once` and by the daemon after each pass — runs the command for every pending notice and marks
it done. A daemon stopped or killed between saving a draft and announcing it finds the notice
still pending at its next pass. The announcing runs inside the account's draft section
(`AccountLock`): a `once` beside the daemon, or two of its watchers, never announce one draft
twice. Marking comes after the command has run, so only a crash *while* the command runs (or in
the millisecond after) can repeat a nudge; no crash can lose one.

The command is an argv list, run without a shell. Its `{subject}`, `{company}` and `{kind}` are
replaced by the draft's subject, the company (empty when unsure) and "draft" / "follow-up" —
never the body. These come from mail: they are made one short line without control characters,
and one that would start with "-" where the configured argument did not is led by a space, so a
subject cannot become an option of the program. The child gets no IMAP password variable.

A failing command (missing, non-zero exit, past its timeout) never stops a pass: the notice is
marked failed (not retried: a broken command would otherwise be run for every old draft at each
pass) and the failure logged once per kind until the command works again.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, suppress

from .ledger import Notice
from .state import SqliteLedger

log = logging.getLogger(__name__)

#: Longest value put in place of a placeholder (a notification shows one line anyway).
MAX_VALUE = 200


class Notifier:
    """Runs the configured command for one notice; remembers which failures were already logged."""

    def __init__(
        self,
        command: Sequence[str],
        timeout: float = 10.0,
        hide_env: Iterable[str] = (),
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.command = tuple(command)
        self.timeout = timeout
        env = dict(os.environ if environ is None else environ)
        self.env = {k: v for k, v in env.items() if k not in set(hide_env)}
        self._logged: set[str] = set()

    def argv(self, notice: Notice) -> list[str]:
        """The command with its placeholders filled in (see the module docstring)."""
        values = {"subject": notice.subject, "company": notice.company, "kind": notice.kind}
        argv = [self.command[0]]
        for template in self.command[1:]:
            arg = template
            for name, value in values.items():
                arg = arg.replace(f"{{{name}}}", _clean(value))
            if arg.startswith("-") and not template.startswith("-"):
                arg = " " + arg
            argv.append(arg)
        return argv

    def announce(self, notice: Notice) -> str | None:
        """Run the command; None when it worked, else what went wrong (also logged, once per kind)."""
        argv = self.argv(notice)
        try:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=self.env,
                start_new_session=True,  # its own process group: a timeout ends its children too
            )
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the configured arguments
            return self._failed(
                "cannot run", f"cannot run {argv[0]!r}: {getattr(exc, 'strerror', None) or exc}"
            )
        try:
            _out, err = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            return self._failed("timeout", f"{argv[0]!r} did not finish within {self.timeout:g} s; stopped")
        if proc.returncode != 0:
            detail = err.decode("utf-8", "replace").strip().splitlines()[:1]
            said = f": {detail[0][:200]}" if detail else ""
            return self._failed("exit", f"{argv[0]!r} exited with status {proc.returncode}{said}")
        if self._logged:
            log.info("the notify command works again")
            self._logged.clear()
        return None

    def _failed(self, kind: str, message: str) -> str:
        if kind not in self._logged:
            self._logged.add(kind)
            log.warning("notify.command: %s — drafts are still saved; fix or remove [notify]", message)
        else:
            log.debug("notify.command: %s", message)
        return message


def announce_pending(
    ledger: SqliteLedger,
    account: str,
    notifier: Notifier | None,
    serialize: Callable[[], AbstractContextManager[object]],
) -> int:
    """Give every pending nudge of this account (or, with no command configured, retire them
    as "off"). Returns how many commands ran successfully."""
    given = 0
    if not ledger.pending_notices(account):
        return 0  # the usual case: no lock taken for nothing
    with serialize():  # read again inside: another process may have given them meanwhile
        for pending in ledger.pending_notices(account):
            if notifier is None:
                ledger.finish_notice(pending.id, "off")
                continue
            failure = notifier.announce(pending.notice)
            ledger.finish_notice(pending.id, "failed" if failure else "done", failure or "")
            given += failure is None
    return given


def _clean(value: str) -> str:
    """One line, no control or format characters, at most MAX_VALUE characters."""
    text = " ".join("".join(c if c.isprintable() else " " for c in value).split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
