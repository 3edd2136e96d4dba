"""The long-running watcher: APScheduler runs a pass every poll interval until SIGTERM/SIGINT.

Each pass opens a fresh connection, so a connection that died while we slept costs nothing.
The job is `coalesce=True, max_instances=1`: passes never overlap, and a backlog of missed runs
(laptop asleep) collapses into one. A network or server failure is logged once and the next
interval tries again; the daemon exits only on a signal (after finishing the current batch) or
on a configuration problem found at startup.
"""

from __future__ import annotations

import io
import json
import logging
import signal
import threading
from datetime import UTC, datetime
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .app import Components, build_classifier, open_mailbox, pass_options
from .config import Config
from .errors import AuthError, MailboxError, WatcherError
from .paths import Paths
from .service import PassReport, run_pass

log = logging.getLogger(__name__)


class Watcher:
    """One account's pass, callable by the scheduler; remembers the last failure to log changes once."""

    def __init__(
        self, config: Config, paths: Paths, components: Components, stop: threading.Event
    ) -> None:
        self.config = config
        self.paths = paths
        self.components = components
        self.stop = stop
        self._last_error: str | None = None
        self.passes = 0

    def run_once(self) -> PassReport | None:
        """One pass with a fresh connection; failures are logged, never raised."""
        account = self.config.account
        try:
            mailbox = open_mailbox(account, self.paths)
            try:
                report = run_pass(
                    mailbox,
                    self.components.ledger,
                    self.components.classifier,
                    self.components.renderer,
                    pass_options(self.config),
                    should_stop=self.stop.is_set,
                )
            finally:
                mailbox.close()
        except AuthError as exc:
            self._failed(str(exc), logging.ERROR)
            return None
        except (MailboxError, WatcherError) as exc:
            self._failed(str(exc), logging.WARNING)
            return None
        except Exception:
            log.exception(
                "unexpected error during a pass on %s; will try again next interval", account.key
            )
            return None
        self.passes += 1
        if self._last_error is not None:
            log.info("%s: working again", account.key)
            self._last_error = None
        for note in report.notes:
            log.info("%s", note)
        if report.decisions:
            log.info(
                "%s: %d new message(s), %d rejection draft(s) created",
                account.key,
                len(report.decisions),
                len(report.drafts_created),
            )
        return report

    def _failed(self, message: str, level: int) -> None:
        if message != self._last_error:  # once per change of state, not once per retry
            log.log(
                level,
                "%s; will retry every %d s",
                message,
                self.config.schedule.poll_interval_seconds,
            )
        self._last_error = message


class ScheduledRetrain:
    """The `[training] schedule` job: retrain only when the labelled folders changed, and swap
    the model in only when `train`'s promotion guard accepts it."""

    def __init__(self, config: Config, paths: Paths, components: Components) -> None:
        self.config, self.paths, self.components = config, paths, components

    def __call__(self) -> None:
        from .retrain import TrainOptions, labelled_folder_fingerprint, run_training

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
            options = TrainOptions(progress=False, base=training.include_corpus, min_per_class=training.min_per_class)
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
    """Schedule passes until a signal arrives; return the exit code."""
    stop = stop or threading.Event()
    watcher = Watcher(config, paths, components, stop)
    scheduler = BackgroundScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    scheduler.add_job(
        watcher.run_once,
        IntervalTrigger(seconds=config.schedule.poll_interval_seconds, timezone=UTC),
        id=f"poll:{config.account.key}",
        name=f"poll {config.account.key}",
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
        log.info(
            "received %s; finishing the current batch and stopping", signal.Signals(signum).name
        )
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    scheduler.start()
    log.info(
        "watching %s (%s) every %d s; press Ctrl-C to stop",
        config.account.key,
        ", ".join(config.account.folders),
        config.schedule.poll_interval_seconds,
    )
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    log.info("stopped after %d pass(es)", watcher.passes)
    return 0
