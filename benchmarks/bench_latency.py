"""Mail-to-draft latency and idle memory of the real daemon against a real Dovecot, printed as figures.

    .venv/bin/python benchmarks/bench_latency.py [--messages 200] [--poll-messages 30] [--mode idle|poll|both] [--runs 3]

`python -m watcher run` runs as a separate process (as under systemd) for a fresh Dovecot user
(Maildir, implicit TLS verified against the test CA, password from the environment, follow-ups
off). Rejections are delivered ONE AT A TIME into the watched INBOX by APPEND on a separate
connection; after each, a third connection looks for the reply draft in Drafts every ~20 ms
(NOOP + `UID SEARCH UID n:* HEADER In-Reply-To <id>`) before the next one is delivered.
Latency = from the APPEND's tagged OK to the first search that finds the draft.

- IDLE mode: `poll_interval_seconds = 300`, so a draft within seconds can only come from IDLE.
- Polling mode: `idle = false`, `poll_interval_seconds = 5` (the config's minimum). Each delivery waits a random 0..interval first, so mail arrives at a uniformly random
  phase of the poll cycle (otherwise every message would land just after a poll and wait a whole
  interval). Fewer messages are enough (each costs ~interval).

Idle RSS is VmRSS of the daemon process from /proc/<pid>/status after its first pass and again
after the run. One warm-up rejection per mode (not counted) proves the path works before timing.
A delivery with no draft within 10 s (IDLE mode) counts as missed: a run with a miss is a failed
run, and the script exits 1 after printing every run's figures. Run on demand. Targets: IDLE p50 < 0.7 s, p99 < 1.5 s, idle RSS < 120 MB.
Dovecot's IDLE notification has a fixed ~0.5 s floor (shared/imap-server.md), so IDLE figures
start there.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from clirun import Account  # noqa: E402
from dovecot import DovecotServer  # noqa: E402
from mailgen import REJECTION_BODY, make_message  # noqa: E402
from watcher.classify import Classifier  # noqa: E402
from watcher.config import load_config  # noqa: E402
from watcher.message import parse  # noqa: E402
from watcher.resources import shipped_model  # noqa: E402

IDLE_INTERVAL = 300  # IDLE mode: the poll is far away, so only IDLE can explain a fast draft
POLL_INTERVAL = 5  # polling mode: the interval the issue asks for (the config's minimum)
CHECK_EVERY = 0.02  # how often the observer looks in Drafts
IDLE_TIMEOUT = 10.0  # a draft not there after this long counts as missing (IDLE mode)
LATE_WAIT = 60.0  # then wait this much longer, so the next delivery starts from a settled daemon
TARGETS = {"p50": 0.7, "p99": 1.5, "rss": 120.0}

# Variations on mailgen's held-out rejection, so no two messages are the same text.
COMPANIES = [
    ("Quillpoint", "quillpoint.io", "Hannah Becker", "Senior Recruiter"),
    ("Brightlane", "brightlane.com", "Marcus Lee", "Talent Partner"),
    ("Northwind Labs", "northwindlabs.dev", "Priya Raman", "Recruiting Lead"),
    ("Cobalt Systems", "cobalt-systems.com", "Julia Weber", "Technical Recruiter"),
    ("Fernhill", "fernhill.co", "Tom Okafor", "People Team"),
    ("Arclight Data", "arclightdata.io", "Sofia Martins", "Talent Acquisition"),
]
ROLES = [
    "Backend Engineer",
    "Platform Engineer",
    "Senior Python Developer",
    "Data Engineer",
    "Site Reliability Engineer",
    "Software Engineer II",
    "API Engineer",
]
OPENERS = [
    "After careful consideration",
    "After much deliberation",
    "Following our review",
    "After a difficult decision",
]
CLOSERS = [
    "We truly appreciate your interest in {c} and wish you every success in your search.",
    "Thank you again for your interest in {c}; we wish you the very best in your job search.",
    "We appreciate the time you invested and wish you all the best in your search.",
]


def rejection_variant(i: int, run: str) -> tuple[str, bytes]:
    """The i-th rejection: (Message-ID, raw bytes)."""
    company, domain, recruiter, title = COMPANIES[i % len(COMPANIES)]
    role = ROLES[i % len(ROLES)]
    body = (
        REJECTION_BODY.replace("Backend Engineer", role)
        .replace("Quillpoint", company)
        .replace("Hannah Becker", recruiter)
        .replace("Senior Recruiter", title)
        .replace("After careful consideration", OPENERS[i % len(OPENERS)])
        .replace(
            f"We truly appreciate your interest in {company} and wish you every success in your search.",
            CLOSERS[i % len(CLOSERS)].format(c=company),
        )
    )
    sender_local = recruiter.lower().replace(" ", ".")
    msgid = f"<lat-{run}-{i}@{domain}>"
    raw = make_message(
        body,
        f"Your application for {role}" + (f" (ref {1000 + i})" if i % 2 else ""),
        sender=f"{recruiter} <{sender_local}@{domain}>",
        message_id=msgid,
    )
    return msgid, raw


@dataclass
class ModeResult:
    name: str
    interval: int
    delivered: int = 0
    latencies: list[float] = field(default_factory=list)  # every draft that appeared, late ones too
    missing: list[str] = field(default_factory=list)  # not there within the timeout
    late: list[tuple[str, float | None]] = field(default_factory=list)  # (id, when it did appear)
    rss_before_mb: float = float("nan")
    rss_after_mb: float = float("nan")
    hwm_mb: float = float("nan")
    startup_s: float = float("nan")
    warmup_s: float | None = None
    exit_code: int | None = None
    drafts_in_folder: int = 0
    log_warnings: int = 0
    warning_kinds: dict[str, int] = field(default_factory=dict)
    tracebacks: int = 0
    notes: list[str] = field(default_factory=list)


def proc_status_mb(pid: int, key: str) -> float:
    """VmRSS / VmHWM of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


def write_config(account: Account, *, idle: bool, interval: int) -> Path:
    path: Path = account.write_config(idle=idle)
    text = path.read_text().replace("poll_interval_seconds = 10\n", f"poll_interval_seconds = {interval}\n")
    path.write_text(text + "[drafts]\nfollow_up_after_days = 0\n")
    config = load_config(path)  # fail here, not in the daemon, if the harness's config changed
    got = (config.account.idle, config.schedule.poll_interval_seconds, config.drafts.follow_up_after_days)
    if got != (idle, interval, 0):
        raise SystemExit(f"config written wrong: (idle, interval, follow-up days) = {got}")
    return path


class Observer:
    """A connection that watches Drafts for the reply to a given Message-ID."""

    def __init__(self, server: DovecotServer, user: str, password: str) -> None:
        self.client = server.client(user, password)
        self.client.select_folder("Drafts", readonly=True)
        self.last_uid = 0

    def wait_for_reply(self, msgid: str, timeout: float) -> float | None:
        """perf_counter() when a draft replying to *msgid* was first seen; None after *timeout*."""
        deadline = time.perf_counter() + timeout
        while True:
            self.client.noop()  # sync the view: new drafts become visible
            uids = self.client.search(["UID", f"{self.last_uid + 1}:*", "HEADER", "In-Reply-To", msgid])
            seen = time.perf_counter()
            uids = [u for u in uids if u > self.last_uid]  # `n:*` matches the highest UID anyway
            if uids:
                self.last_uid = max(uids)
                return seen
            if seen >= deadline:
                return None
            time.sleep(CHECK_EVERY)

    def count(self) -> int:
        self.client.noop()
        return len(self.client.search("ALL"))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.logout()


def wait_for_log(log: Path, proc: subprocess.Popen[bytes], needles: list[str], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        if all(n in text for n in needles):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def run_mode(
    server: DovecotServer,
    workdir: Path,
    name: str,
    n: int,
    classifier: Classifier,
    verbose: bool,
    python: str,
) -> ModeResult:
    idle = name == "idle"
    interval = IDLE_INTERVAL if idle else POLL_INTERVAL
    result = ModeResult(name, interval)
    user, password = server.new_user(f"lat{name}")
    home = workdir / user / "home"  # a fresh user per run
    home.mkdir(parents=True)
    account = Account(home, user, password, server)
    write_config(account, idle=idle, interval=interval)

    run_id = f"{name}{os.getpid()}-{user}"
    batch = [rejection_variant(i, run_id) for i in range(n + 1)]  # [0] is the warm-up
    verdicts = classifier.predict_many([parse(raw) for _, raw in batch])
    not_rejections = [batch[i][0] for i, v in enumerate(verdicts) if not v.is_rejection]
    if not_rejections:
        result.notes.append(
            f"the shipped classifier does not call {len(not_rejections)} of them rejections: "
            f"{not_rejections[:3]}"
        )
    scores = [v.score for v in verdicts]
    result.notes.append(
        f"{len(batch)} distinct messages ({len(batch) - 1} timed + 1 warm-up); shipped classifier: "
        f"{len(batch) - len(not_rejections)} rejections, score {min(scores):.2f}..{max(scores):.2f}"
    )

    log = workdir / user / "daemon.log"
    cmd = [python, "-m", "watcher", "run", *(["-v"] if verbose else [])]
    started = time.perf_counter()
    with log.open("ab") as fh:
        proc = subprocess.Popen(cmd, env=account.env, cwd=home, stdout=fh, stderr=subprocess.STDOUT)
    deliverer = observer = None
    try:
        ready = ["first run", "press Ctrl-C to stop"] + (["with IDLE"] if idle else [])
        if not wait_for_log(log, proc, ready, 60):
            result.notes.append("the daemon did not get ready; log tail:\n" + tail(log))
            return result
        result.startup_s = time.perf_counter() - started
        deliverer = server.client(user, password)
        observer = Observer(server, user, password)
        time.sleep(0.5)  # let the IDLE watcher's catch-up pass finish and enter IDLE
        result.rss_before_mb = proc_status_mb(proc.pid, "VmRSS")

        timeout = IDLE_TIMEOUT if idle else interval + 10.0
        # Warm-up: proves the whole path before timing (not counted).
        msgid, raw = batch[0]
        if not idle:
            time.sleep(random.uniform(0, interval))
        deliverer.append("INBOX", raw)
        t0 = time.perf_counter()
        seen = observer.wait_for_reply(msgid, timeout)
        result.warmup_s = None if seen is None else seen - t0

        rng = random.Random(1)
        for i, (msgid, raw) in enumerate(batch[1:], 1):
            if not idle:
                time.sleep(rng.uniform(0, interval))  # a random phase of the poll cycle
            deliverer.append("INBOX", raw)
            t0 = time.perf_counter()
            result.delivered += 1
            seen = observer.wait_for_reply(msgid, timeout)
            if seen is None:
                result.missing.append(msgid)
                seen = observer.wait_for_reply(msgid, LATE_WAIT)
                result.late.append((msgid, None if seen is None else seen - t0))
            if seen is not None:
                result.latencies.append(seen - t0)
            if proc.poll() is not None:
                result.notes.append(f"the daemon exited during the run (code {proc.returncode})")
                break
            if sys.stderr.isatty() and i % 10 == 0:
                print(f"  {name}: {i}/{n}", end="\r", file=sys.stderr, flush=True)
        time.sleep(0.5)
        if proc.poll() is None:
            result.rss_after_mb = proc_status_mb(proc.pid, "VmRSS")
            result.hwm_mb = proc_status_mb(proc.pid, "VmHWM")
        result.drafts_in_folder = observer.count()
    finally:
        for c in (deliverer, observer):
            with contextlib.suppress(Exception):
                c.close() if isinstance(c, Observer) else c.logout()  # type: ignore[union-attr]
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                result.exit_code = proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                result.notes.append("the daemon ignored SIGTERM for 60 s and was killed")
        else:
            result.exit_code = proc.returncode
    text = log.read_text(errors="replace")
    warnings = re.findall(r" (?:WARNING|ERROR|CRITICAL) [\w.]+: (.*)", text)
    result.log_warnings = len(warnings)
    for w in warnings:  # without the account and port, so repeats group together
        kind = re.sub(r"^\S+@\S+: |127\.0\.0\.1:\d+ ", "", w)
        result.warning_kinds[kind] = result.warning_kinds.get(kind, 0) + 1
    result.tracebacks = text.count("Traceback")
    if "stopped after" not in text:
        result.notes.append("the daemon did not log 'stopped after'")
    batched = re.findall(r": ([2-9]|\d\d+) new message\(s\)", text)
    if batched:
        result.notes.append(
            f"{len(batched)} daemon pass(es) found more than one new message at once (one message "
            "is delivered at a time, so an earlier one waited for a later wake-up)"
        )
    if result.tracebacks or result.exit_code != 0:
        result.notes.append("daemon log tail:\n" + tail(log))
    return result


def tail(log: Path, n: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-n:])


def fmt_s(x: float) -> str:
    return "     -" if x != x else f"{x:6.2f}"


def mark(value: float, limit: float) -> str:
    if value != value:
        return "n/a"
    return "ok" if value < limit else "MISSED"


def all_latencies(r: ModeResult) -> list[float]:
    """Every draft's latency, late ones included; a draft that never came counts as infinite."""
    never = sum(1 for _, t in r.late if t is None)
    return r.latencies + [float("inf")] * never


def histogram(values: list[float], idle: bool) -> str:
    """Counts per latency band, e.g. "<0.5 s: 3, 0.5-0.7 s: 190, ..., >=20 s: 1"."""
    edges = [0.5, 0.7, 1.0, 1.5, 5.0, 10.0, 20.0] if idle else [2.5, 5.0, 7.5, 10.0, 12.0]
    bands = [f"<{edges[0]:g} s: {sum(1 for x in values if x < edges[0])}"]
    for lo, hi in zip(edges, edges[1:], strict=False):
        bands.append(f"{lo:g}-{hi:g} s: {sum(1 for x in values if lo <= x < hi)}")
    bands.append(f">={edges[-1]:g} s: {sum(1 for x in values if x >= edges[-1])}")
    return ", ".join(bands)


def report(results: list[ModeResult], wall: float) -> None:
    print()
    print(
        f"{'mode':<5} {'interval':>8} {'sent':>5} {'drafted':>7} {'missing':>7}  {'p50 s':>6} "
        f"{'p95 s':>6} {'p99 s':>6} {'max s':>6}  {'RSS before':>10} {'RSS after':>9} {'peak':>6}  exit"
    )
    for r in results:
        lat = all_latencies(r)
        print(
            f"{r.name:<5} {r.interval:>6} s {r.delivered:>5} {len(r.latencies):>7} {len(r.missing):>7}  "
            f"{fmt_s(percentile(lat, 50))} {fmt_s(percentile(lat, 95))} {fmt_s(percentile(lat, 99))} "
            f"{fmt_s(max(lat) if lat else float('nan'))}  {r.rss_before_mb:7.1f} MB "
            f"{r.rss_after_mb:6.1f} MB {r.hwm_mb:3.0f} MB  {r.exit_code}"
        )
    for r in results:
        if r.name != "idle":
            continue
        lat = all_latencies(r)
        p50, p99 = percentile(lat, 50), percentile(lat, 99)
        rss = max(r.rss_before_mb, r.rss_after_mb)
        t50, t99, trss = TARGETS["p50"], TARGETS["p99"], TARGETS["rss"]
        print(
            f"\ntargets (IDLE): p50 {fmt_s(p50).strip()} s < {t50} s: {mark(p50, t50)}; "
            f"p99 {fmt_s(p99).strip()} s < {t99} s: {mark(p99, t99)}; "
            f"idle RSS {rss:.1f} MB < {trss:.0f} MB: {mark(rss, trss)}; "
            f"missing drafts {len(r.missing)} (want 0)"
        )
    for r in results:
        warmup = "MISSING" if r.warmup_s is None else f"{r.warmup_s:.2f} s"
        print(
            f"\n[{r.name}] daemon ready (first pass done) {r.startup_s:.2f} s after launch; "
            f"warm-up draft {warmup}; Drafts holds {r.drafts_in_folder} (expected {r.delivered + 1})"
        )
        print(
            f"[{r.name}] daemon log: {r.log_warnings} warning/error line(s), "
            f"{r.tracebacks} traceback(s); exit code after SIGTERM: {r.exit_code}"
        )
        if r.latencies:
            print(
                f"[{r.name}] latency mean {statistics.mean(r.latencies):.2f} s, "
                f"min {min(r.latencies):.2f} s (over the {len(r.latencies)} drafts that appeared)"
            )
        if r.latencies:
            print(f"[{r.name}] histogram: {histogram(all_latencies(r), r.name == 'idle')}")
        for note in r.notes:
            print(f"[{r.name}] {note}")
        for kind, count in r.warning_kinds.items():
            print(f"[{r.name}] daemon log warning x{count}: {kind}")
        if r.late:
            limit = IDLE_TIMEOUT if r.name == "idle" else r.interval + 10
            came = ", ".join(f"{m} ({'never' if t is None else f'after {t:.1f} s'})" for m, t in r.late[:10])
            print(
                f"[{r.name}] not seen within {limit:.0f} s (then waited up to {LATE_WAIT:.0f} s more, "
                f"before the next delivery; late ones are in the percentiles, never = inf): {came}"
            )
    print(f"\nwall time {wall:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=200, help="rejections in IDLE mode")
    parser.add_argument(
        "--poll-messages", type=int, default=30, help="rejections in polling mode (each costs ~interval)"
    )
    parser.add_argument("--mode", choices=["idle", "poll", "both"], default="both")
    parser.add_argument("--runs", type=int, default=1, help="repeat each mode this many times")
    parser.add_argument("-v", "--verbose", action="store_true", help="run the daemon with -v")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (daemon logs)")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter that runs the daemon, e.g. a venv with a plain `pip install .` "
        "(the dev venv also imports pytest through skops, which inflates RSS)",
    )
    args = parser.parse_args()

    wall = time.perf_counter()
    classifier = Classifier.from_file(shipped_model())
    modes = ["idle", "poll"] if args.mode == "both" else [args.mode]
    print(
        "rejection-watcher mail-to-draft latency: `python -m watcher run` as a real process, "
        "Dovecot on 127.0.0.1 (Maildir, implicit TLS), one message at a time"
    )
    print(
        f"latency = APPEND's OK -> draft found by UID SEARCH HEADER In-Reply-To on another "
        f"connection (checked every {CHECK_EVERY * 1000:.0f} ms); Dovecot's IDLE notify floor is ~0.5 s"
    )
    if "poll" in modes:
        print(
            f"polling mode: IDLE off, a {POLL_INTERVAL} s interval, {args.poll_messages} messages, "
            f"each delivered at a random phase of the poll cycle (expect latency ~U(0, {POLL_INTERVAL}) s)"
        )
    results: list[ModeResult] = []
    workdir = Path(tempfile.mkdtemp(prefix="bench-lat-"))
    try:
        with DovecotServer.start() as server:
            for run in range(1, args.runs + 1):
                for mode in modes:
                    n = args.messages if mode == "idle" else args.poll_messages
                    print(f"run {run}: {mode} mode with {n} messages ...", flush=True)
                    results.append(run_mode(server, workdir, mode, n, classifier, args.verbose, args.python))
    finally:
        if args.keep:
            print(f"work dir kept: {workdir}")
        else:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)
    report(results, time.perf_counter() - wall)
    failed = [(i, r) for i, r in enumerate(results, 1) if r.missing]
    for i, r in failed:
        print(f"FAILED RUN {i} ({r.name}): {len(r.missing)} of {r.delivered} deliveries not drafted in time")
    print(f"missed deliveries over {len(results)} run(s): {sum(len(r.missing) for r in results)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
