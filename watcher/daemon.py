"""The long-running watcher: IMAP IDLE for push, APScheduler polls as a safety net, for every
account, each isolated from the others, until SIGTERM/SIGINT.

Per account:
- a **poll job** (APScheduler interval trigger, `coalesce`, `max_instances=1`) opens a fresh
  connection every `poll_interval_seconds`, runs a pass over every watched folder, and drafts the
  follow-ups that are due;
- where the server has IDLE, one **IDLE watcher thread per folder** keeps a connection open in
  IDLE, runs a pass on that same connection as soon as the server reports new mail, and renews
  IDLE every few minutes (servers drop it after 29). It reconnects by itself after a dropped
  connection, a server restart, BYE, a timeout or a wall-clock jump (laptop sleep), with
  exponential backoff and jitter, logging once per change of state, not once per retry.
A folder is never processed by two passes at once: both paths take the folder's gate.
The daemon exits on a signal (after the batch in hand), and on an error that cannot heal by itself
(`FATAL`: a config or credential setting that is wrong, a state database that was deleted, replaced or
damaged under it): it stops and `run` prints the one-line error, rather than retry for ever and let
the user believe it works. Everything else (network, server, login) is retried with backoff.
"""

from __future__ import annotations

import io
import json
import logging
import random
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .app import Components, build_account_renderer, build_classifier, model_path, open_mailbox, pass_options
from .config import AccountConfig, Config
from .errors import AuthError, ConfigError, MailboxError, StateError, StateUnavailableError, WatcherError
from .lock import AccountLock, InstanceLock
from .mailbox import IdleMailbox, Mailbox
from .modelstore import metadata_path
from .notify import announce_pending
from .passreport import pass_lines
from .paths import Paths
from .reply import ReplyRenderer
from .sdnotify import notify, watchdog_interval
from .service import PassOptions, PassReport, run_pass

log = logging.getLogger(__name__)

IDLE_RENEW_SECONDS = 9 * 60  # well inside the 29-minute limit, and inside most NAT timeouts
IDLE_TICK_SECONDS = 1.0  # how often an IDLE watcher looks up from the socket (stop, clock jump)
CLOCK_JUMP_SECONDS = 30.0  # wall clock moved this much more than the monotonic clock: we slept
BACKOFF_START, BACKOFF_CAP = 2.0, 300.0
AUTH_BACKOFF = 15 * 60.0  # a refused login is retried slowly, never hammered
#: Errors no retry can heal: the daemon stops with them (see the module docstring).
FATAL = (ConfigError, StateError)


class Shutdown:
    """The daemon's stop signal, and the fatal error that caused it, if any."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self.error: WatcherError | None = None
        self._lock = threading.Lock()

    def fatal(self, exc: WatcherError) -> None:
        with self._lock:
            if self.error is None:
                self.error = exc
        self.stop.set()


class Backoff:
    """Exponential delays with jitter, capped; `wait` returns early when the daemon stops."""

    def __init__(self, stop: threading.Event, start: float = BACKOFF_START, cap: float = BACKOFF_CAP) -> None:
        self.stop, self.start, self.cap = stop, start, cap
        self.delay = start

    def reset(self) -> None:
        self.delay = self.start

    def wait(self, at_least: float = 0.0) -> None:
        delay = max(at_least, self.delay) * random.uniform(0.8, 1.2)
        self.delay = min(self.cap, self.delay * 2)
        self.stop.wait(delay)


class ClockJumpDetector:
    """Notices when wall-clock time moved much more than monotonic time (suspend/resume)."""

    def __init__(
        self, wall: Callable[[], float] = time.time, mono: Callable[[], float] = time.monotonic
    ) -> None:
        self._wall, self._mono = wall, mono
        self._last = (wall(), mono())

    def jumped(self) -> bool:
        wall, mono = self._wall(), self._mono()
        drift = abs((wall - self._last[0]) - (mono - self._last[1]))
        self._last = (wall, mono)
        return drift > CLOCK_JUMP_SECONDS


class ActiveModel:
    """The model the daemon scores with follows the file `train` promotes (or `model rollback`
    restores): before each pass the model file and its metadata are stat()ed (two system calls)
    and, when they changed, loaded again; SIGHUP asks for a reload at the next pass. Otherwise a
    promoted model (threshold 0.64) was ignored until a restart, and the daemon drafted what
    `classify` called not a rejection. A new file that fails to load is logged and the current
    model kept: the daemon never runs without one."""

    def __init__(self, config: Config, paths: Paths, components: Components) -> None:
        self.config, self.paths, self.components = config, paths, components
        self._lock = threading.Lock()
        self._stamp = self._file_stamp()
        self._reload = False

    def _file_stamp(self) -> tuple[object, ...] | None:
        path = model_path(self.config, self.paths)
        try:
            model, meta = path.stat(), metadata_path(path).stat()
        except OSError:
            return None
        return (str(path), model.st_mtime_ns, model.st_size, meta.st_mtime_ns, meta.st_size)

    def request_reload(self) -> None:
        self._reload = True

    def refresh(self) -> None:
        """Load the model again if its file changed (or a reload was asked for)."""
        if not self._reload and self._file_stamp() == self._stamp:
            return
        with self._lock:
            stamp = self._file_stamp()
            if not self._reload and stamp == self._stamp:
                return  # another watcher reloaded it meanwhile
            self._reload = False
            self._stamp = stamp
            try:
                classifier = build_classifier(self.config, self.paths)
            except WatcherError as exc:
                log.error("the model file changed but cannot be used (%s); keeping the current model", exc)
                return
            self.components.classifier = classifier
            log.info(
                "model switched to %s (threshold %.2f); it scores from this pass on",
                classifier.model.path,
                classifier.threshold,
            )


class AccountWatcher:
    """Everything the daemon does for one account; failures here never reach another account."""

    def __init__(
        self,
        config: Config,
        account: AccountConfig,
        paths: Paths,
        components: Components,
        stop: threading.Event,
        shutdown: Shutdown | None = None,
        model: ActiveModel | None = None,
    ) -> None:
        self.config, self.account, self.paths, self.stop = config, account, paths, stop
        self.shutdown = shutdown or Shutdown(stop)
        self.model = model or ActiveModel(config, paths, components)
        self.components = components
        self.renderer: ReplyRenderer = build_account_renderer(config, account, paths)
        self.options = pass_options(config, account)
        self._gates = {folder: threading.Lock() for folder in account.folders}
        self.draft_lock = AccountLock(paths.state_dir, account.key)  # shared with `once`
        self._current_error: str | None = None
        self._error_lock = threading.Lock()
        self.passes = 0
        self.idle_threads: list[threading.Thread] = []
        self.retired: set[str] = set()  # folders whose server has no IDLE: polled only

    # --- shared --------------------------------------------------------------------------

    @contextmanager
    def gate(self, folder: str) -> Iterator[None]:
        """One pass per folder at a time, whether IDLE or the poll started it."""
        with self._gates[folder]:
            yield

    def healthy(self) -> bool:
        """Every IDLE watcher that should be running is (for the systemd watchdog)."""
        return all(t.is_alive() for t in self.idle_threads if t.name.rsplit("/", 1)[-1] not in self.retired)

    def _pass(self, mailbox: Mailbox, folder: str | None, followups: bool) -> PassReport:
        self._check_ledger()
        folders = (folder,) if folder else self.account.folders
        report = PassReport()
        for name in folders:
            with self.gate(name):
                part = self._run(mailbox, replace(self.options, folders=(name,), with_followups=False))
            report.decisions += part.decisions
            report.notes += part.notes
            report.drafts_created += part.drafts_created
            report.drafts_existing += part.drafts_existing
            self.components.ledger.set_watch_status(self.account.key, name, passed=True)
        if followups and not self.stop.is_set():
            report.followups = self._run(
                mailbox, replace(self.options, folders=(), with_followups=True)
            ).followups
        self.passes += 1
        _log_report(self.account.key, report)
        # Drafts saved by this pass, or by one a stop or crash cut short before its nudge.
        announce_pending(self.components.ledger, self.account.key, self.components.notifier, self.draft_lock)
        return report

    def _run(self, mailbox: Mailbox, options: PassOptions) -> PassReport:
        self.model.refresh()
        c = self.components  # read each time: the model may have been switched
        return run_pass(
            mailbox,
            c.ledger,
            c.classifier,
            self.renderer,
            options,
            should_stop=self.stop.is_set,
            serialize=self.draft_lock,
        )

    def _check_ledger(self) -> None:
        """A state database deleted or replaced under the daemon would let it carry on blind
        (no record of drafts made, follow-ups lost at the next start): stop instead."""
        self.components.ledger.ensure_file_unchanged()

    def _failed(self, where: str, exc: Exception) -> None:
        """Log a failure once per change of state (whichever watcher of this account sees it
        first), and record it for `status`; stop the daemon if no retry can heal it."""
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            exc = StateError(
                f"the state database {self.paths.state_db} failed ({exc}) — stop here; move it aside "
                "to start fresh (drafts already made are recognised in Drafts)"
            )
        if isinstance(exc, FATAL) and not isinstance(exc, StateUnavailableError):
            log.error("%s: %s — this cannot heal by itself; stopping", self.account.key, exc)
            self.shutdown.fatal(exc)
            return
        message = str(exc)
        with self._error_lock:
            first = self._current_error != message
            self._current_error = message
        if first:
            level = logging.ERROR if isinstance(exc, AuthError) else logging.WARNING
            log.log(level, "%s: %s; retrying in the background", self.account.key, message)
        for folder in self.account.folders if where == "poll" else [where]:
            self.components.ledger.set_watch_status(self.account.key, folder, connected=False, error=message)

    def _recovered(self) -> None:
        with self._error_lock:
            was, self._current_error = self._current_error, None
        if was:
            log.info("%s: working again", self.account.key)

    # --- the poll job ----------------------------------------------------------------------

    def poll(self) -> PassReport | None:
        """APScheduler job: a fresh connection, every folder, and due follow-ups."""
        try:
            mailbox = open_mailbox(self.account, self.paths)
            try:
                report = self._pass(mailbox, None, followups=True)
            finally:
                mailbox.close()
        except (WatcherError, OSError, sqlite3.DatabaseError) as exc:
            self._failed("poll", exc)
            return None
        except Exception:
            log.exception(
                "%s: unexpected error during a pass; will try again next interval", self.account.key
            )
            return None
        self._recovered()
        return report

    # --- IDLE watchers ---------------------------------------------------------------------

    def start_idle(self) -> None:
        if self.account.maildir is not None or not self.account.idle:
            return
        for folder in self.account.folders:
            thread = threading.Thread(
                target=self._idle_forever,
                args=(folder,),
                name=f"idle {self.account.key}/{folder}",
                daemon=True,
            )
            thread.start()
            self.idle_threads.append(thread)

    def _idle_forever(self, folder: str) -> None:
        backoff = Backoff(self.stop)
        while not self.stop.is_set():
            mailbox = None
            clean = False
            try:
                opened = open_mailbox(self.account, self.paths)
                if not isinstance(opened, IdleMailbox):  # a Maildir: watched by the poll job
                    opened.close()
                    return
                mailbox = opened
                if not mailbox.supports_idle:
                    log.info(
                        "%s: server has no IDLE; %s is polled every %d s",
                        self.account.key,
                        folder,
                        self.config.schedule.poll_interval_seconds,
                    )
                    self.components.ledger.set_watch_status(self.account.key, folder, mode="poll")
                    self.retired.add(folder)
                    return
                self.components.ledger.set_watch_status(self.account.key, folder, mode="idle", connected=True)
                self._recovered()
                backoff.reset()
                self._catch_up(mailbox, folder)  # what arrived while we were away
                self._idle_loop(mailbox, folder)
                clean = True
            except AuthError as exc:
                self._failed(folder, exc)
                backoff.wait(at_least=AUTH_BACKOFF)
            except (WatcherError, OSError, sqlite3.DatabaseError) as exc:
                self._failed(folder, exc)
                backoff.wait()
            except Exception as exc:
                log.exception(
                    "%s %s: unexpected error in the IDLE watcher; reconnecting", self.account.key, folder
                )
                self._failed(folder, exc)
                backoff.wait()
            finally:
                if mailbox is not None:
                    # After an error the session may be mid-IDLE or out of step: drop it, no LOGOUT.
                    if clean:
                        mailbox.close()
                    else:
                        mailbox.abort()
        with suppress(WatcherError, sqlite3.Error):  # the ledger may be what stopped us
            self.components.ledger.set_watch_status(self.account.key, folder, connected=False)

    def _catch_up(self, mailbox: IdleMailbox, folder: str) -> None:
        """Passes until one finds nothing new, so IDLE starts from a session that has seen it all.

        A pass that drafts re-selects the folder afterwards (it looked in Drafts), and that
        SELECT already counts mail that arrived during the pass: IDLE would never announce it,
        and it would wait for the next poll (found by the fault tests)."""
        for _ in range(20):
            report = self._pass(mailbox, folder, followups=False)
            if self.stop.is_set() or (not report.decisions and not mailbox.new_mail_announced()):
                return

    def _idle_loop(self, mailbox: IdleMailbox, folder: str) -> None:
        """IDLE until stopped; a push runs a pass on this connection; renew; reconnect on a clock jump."""
        clock = ClockJumpDetector()
        mailbox.idle_start(folder)
        renew_at = time.monotonic() + IDLE_RENEW_SECONDS
        try:
            while not self.stop.is_set():
                responses = mailbox.idle_wait(IDLE_TICK_SECONDS)
                if clock.jumped():
                    raise MailboxError("the clock jumped (the machine slept?); reconnecting")
                if any(_is_bye(r) for r in responses):
                    raise MailboxError("the server closed the connection (BYE)")
                news = [r for r in responses if not _is_keepalive(r)]
                if news or time.monotonic() >= renew_at:
                    mailbox.idle_stop()
                    # A pass (NOOP + UID SEARCH, drafting if needed) also serves as the renewal's
                    # liveness check; a bare NOOP here could swallow a new-mail notice.
                    self._catch_up(mailbox, folder)
                    mailbox.idle_start(folder)
                    renew_at = time.monotonic() + IDLE_RENEW_SECONDS
        finally:
            if self.stop.is_set():
                with suppress(WatcherError):
                    mailbox.idle_stop()


def _is_bye(response: tuple[object, ...]) -> bool:
    return len(response) > 0 and response[0] == b"BYE"


def _is_keepalive(response: tuple[object, ...]) -> bool:
    """Dovecot's "* OK Still here" and similar untagged OKs carry no news."""
    return len(response) > 0 and response[0] == b"OK"


def _log_report(account: str, report: PassReport) -> None:
    """The pass in the log: notes, follow-ups and, when there was new mail, the summary."""
    for line in pass_lines(report, dry_run=False, decisions=False):
        log.info("%s: %s", account, line)


class ScheduledRetrain:
    """The `[training] schedule` job: retrain only when the labelled folders changed, and swap
    the model in only when `train`'s promotion guard accepts it. Reads the first account."""

    def __init__(self, config: Config, paths: Paths, components: Components) -> None:
        self.config, self.paths, self.components = config, paths, components

    def __call__(self) -> None:
        from .training.run import TrainOptions, labelled_folder_fingerprint, run_training

        try:
            mailbox = open_mailbox(self.config.account, self.paths)
            try:
                fingerprint = json.dumps(labelled_folder_fingerprint(mailbox, self.config), sort_keys=True)
            finally:
                mailbox.close()
            if fingerprint == self.components.ledger.last_training_fingerprint():
                log.info("scheduled retrain: labelled folders unchanged since the last training; skipped")
                return
            log.info("scheduled retrain: labelled folders changed; training")
            report = io.StringIO()
            training = self.config.training
            options = TrainOptions(
                progress=False, base=training.include_corpus, min_per_class=training.min_per_class
            )
            outcome = run_training(self.config, self.paths, options, report)
            for line in report.getvalue().splitlines():
                log.info("scheduled retrain: %s", line)
            self.components.ledger.record_training(
                fingerprint, outcome.promoted, outcome.new_on_comparison.f1, outcome.reason
            )
            if outcome.promoted:
                self.components.classifier = build_classifier(self.config, self.paths)
                log.info("scheduled retrain: the new model is active from the next pass")
        except WatcherError as exc:
            log.warning("scheduled retrain failed: %s; will try at the next scheduled time", exc)
        except Exception:
            log.exception("scheduled retrain failed unexpectedly; will try at the next scheduled time")


RETRAIN_TRIGGERS = {
    "daily": lambda: CronTrigger(hour=3, minute=30),
    "weekly": lambda: CronTrigger(day_of_week="sun", hour=3, minute=30),
}


def run_daemon(
    config: Config, paths: Paths, components: Components, stop: threading.Event | None = None
) -> int:
    """Watch every account until a signal arrives; return the exit code."""
    stop = stop or threading.Event()
    shutdown = Shutdown(stop)
    with InstanceLock(paths.state_dir):
        model = ActiveModel(config, paths, components)
        watchers = [
            AccountWatcher(config, account, paths, components, stop, shutdown, model)
            for account in config.accounts
        ]
        scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(max_workers=2 * len(watchers) + 2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        for watcher in watchers:
            scheduler.add_job(
                watcher.poll,
                IntervalTrigger(seconds=config.schedule.poll_interval_seconds, timezone=UTC),
                id=f"poll:{watcher.account.key}",
                name=f"poll {watcher.account.key}",
                next_run_time=datetime.now(UTC),
            )
        if config.training.schedule != "off":
            scheduler.add_job(
                ScheduledRetrain(config, paths, components),
                RETRAIN_TRIGGERS[config.training.schedule](),
                id="retrain",
                name=f"retrain ({config.training.schedule})",
                misfire_grace_time=24 * 3600,  # a laptop asleep at 03:30 retrains when it wakes
            )

        def on_signal(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s; finishing the current batch and stopping", signal.Signals(signum).name)
            stop.set()

        def on_hangup(_signum: int, _frame: FrameType | None) -> None:
            log.info("received SIGHUP; the model is loaded again at the next pass")
            model.request_reload()

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, on_hangup)
        scheduler.start()
        for watcher in watchers:
            watcher.start_idle()
            log.info(
                "watching %s (%s)%s, polling every %d s; press Ctrl-C to stop",
                watcher.account.key,
                ", ".join(watcher.account.folders),
                " with IDLE" if watcher.idle_threads else "",
                config.schedule.poll_interval_seconds,
            )
        notify("READY=1")
        notify(f"STATUS=watching {len(watchers)} account(s)")
        ping = watchdog_interval()
        try:
            while not stop.wait(ping or 3600):
                if scheduler.running and all(w.healthy() for w in watchers):
                    notify("WATCHDOG=1")
        finally:
            notify("STOPPING=1")
            for watcher in watchers:
                for thread in watcher.idle_threads:
                    thread.join(timeout=60)
            scheduler.shutdown(wait=True)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        log.info("stopped after %d pass(es)", sum(w.passes for w in watchers))
    if shutdown.error is not None:
        raise shutdown.error  # `run` prints it as its one `error:` line and exits with its code
    return 0
