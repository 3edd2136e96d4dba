"""rejection-watcher on real mail, each figure beside its floor measured in the same run.

    .venv/bin/python benchmarks/bench_realmail.py [--backlog 5000] [--repeat 3] [--python PLAIN_VENV_PYTHON]

Input: ../shared/bench-mail (2,796 real messages nobody in this project wrote: SpamAssassin's
public corpus, 5.2 KB mean, 23% HTML-only). Benchmark input only: never training data.

Rows (medians of --repeat runs; "floor" = the least any tool must do for the same job):
1. classify, parse → verdict, one core. Ours in-process (`parse` + `Classifier.predict_many`)
   and as a whole process (`rejection-watcher classify --json DIR`); floor: stdlib
   `email.message_from_bytes` (compat32) + the first text part's payload.
2. backlog: `once --since` over --backlog real messages on Dovecot (mdbox) as a whole process,
   msg/s and peak RSS; floor: imapclient UID SEARCH ALL + FETCH BODY.PEEK[] in batches of 200.
3. daemon RSS after 30 s idle in IDLE; floor: a bare imapclient client idling in IDLE.
   Use --python with a venv that has a plain `pip install .` (the dev venv imports test tools).
4. an empty `once` as a whole process on a 1k and a 50k mailbox; floor: connect + login +
   EXAMINE + UID SEARCH + logout.
5. `classify one.eml` as a whole process, CPU seconds; floor: a Python process that parses the
   file with the stdlib and reads its first text part. (The issue's reference, importing
   scikit-learn + skops, is printed beside it: that was what `classify` cost before the numpy scorer.)
6. ledger growth: bytes of state database per message seen, after row 2's backlog.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from floor import BENCH, bench_files, floor_parse  # noqa: E402

from clirun import Account  # noqa: E402
from dovecot import DovecotServer  # noqa: E402

FLOOR_SCRIPT = ROOT / "benchmarks" / "floor.py"


def median(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def child_run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Run a process to its end; its wall seconds, CPU seconds (user + sys) and peak RSS in MiB.

    The peak is VmHWM of the process's own image, polled every 20 ms: ru_maxrss from wait4 would
    count the benchmark's own memory, which the child holds between fork and exec."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # Not from the checkout: `python -m watcher` there would import its source tree, not the
        # package installed in --python's venv.
        proc = subprocess.Popen(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=tempfile.gettempdir()
        )
        peak = 0.0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _proc_kib(proc.pid, "VmHWM") / 1024)
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(
                f"{' '.join(argv[:4])} exited {proc.returncode}:\n{err.read()[-2000:].decode()}"
            )
    return wall, usage.ru_utime + usage.ru_stime, peak


def _proc_kib(pid: int, key: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return float(line.split()[1])
    except OSError:
        pass
    return 0.0


# ----- row 1: classify ------------------------------------------------------------------------


def row_classify(raws: list[bytes], python: str, repeat: int) -> list[tuple[str, str, str, str]]:
    from watcher.classify import Classifier
    from watcher.message import parse
    from watcher.resources import shipped_model

    classifier = Classifier.from_file(shipped_model())
    n = len(raws)

    def ours() -> float:
        start = time.perf_counter()
        for i in range(0, n, 200):
            classifier.predict_many([parse(r) for r in raws[i : i + 200]])
        return time.perf_counter() - start

    def floor() -> float:
        start = time.perf_counter()
        for r in raws:
            floor_parse(r)
        return time.perf_counter() - start

    ours_s, floor_s = median(ours, repeat), median(floor, repeat)
    whole = median(lambda: child_run([python, "-m", "watcher", "classify", "--json", str(BENCH)])[0], repeat)
    whole_floor = median(lambda: child_run([python, str(FLOOR_SCRIPT), str(BENCH)])[0], repeat)
    return [
        (
            "classify in-process",
            f"{n / ours_s:,.0f} msg/s ({ours_s / n * 1000:.2f} ms)",
            f"{n / floor_s:,.0f} msg/s ({floor_s / n * 1000:.2f} ms)",
            f"{ours_s / floor_s:.1f} ×",
        ),
        (
            "classify whole process",
            f"{n / whole:,.0f} msg/s ({whole:.2f} s)",
            f"{n / whole_floor:,.0f} msg/s ({whole_floor:.2f} s)",
            f"{whole / whole_floor:.1f} ×",
        ),
    ]


# ----- rows 2, 4, 6: passes on Dovecot ---------------------------------------------------------

FLOOR_FETCH = """
import ssl, sys
from imapclient import IMAPClient
host, port, ca, user, pw = sys.argv[1:6]
ctx = ssl.create_default_context(cafile=ca)
with IMAPClient(host, int(port), ssl=True, ssl_context=ctx) as c:
    c.login(user, pw)
    c.select_folder("INBOX", readonly=True)
    uids = c.search("ALL")
    for i in range(0, len(uids), 200):
        c.fetch(uids[i:i + 200], ["BODY.PEEK[]"])
"""

FLOOR_EMPTY = """
import ssl, sys
from imapclient import IMAPClient
host, port, ca, user, pw = sys.argv[1:6]
ctx = ssl.create_default_context(cafile=ca)
c = IMAPClient(host, int(port), ssl=True, ssl_context=ctx)
c.login(user, pw)
c.select_folder("INBOX", readonly=True)
c.search(["UID", "1:*"])
c.logout()
"""


def backlog_messages(raws: list[bytes], n: int) -> list[bytes]:
    out = []
    for i in range(n):
        raw = raws[i % len(raws)].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        out.append(b"Message-ID: <realmail-%d@bench.example>\r\n" % i + raw)
    return out


def new_account(server: DovecotServer, work: Path, name: str, mdbox: bool = True) -> Account:
    password = f"pw-{name}"
    server.add_user(name, password, mdbox=mdbox)
    home = work / name
    home.mkdir(parents=True)
    acct = Account(home, name, password, server)
    config = acct.write_config()
    with config.open("a") as fh:
        fh.write("[drafts]\nfollow_up_after_days = 0\n")
    return acct


def floor_args(server: DovecotServer, acct: Account) -> list[str]:
    return [server.host, str(server.ssl_port), str(server.ca_file), acct.user, acct.password]


def row_backlog(
    server: DovecotServer, work: Path, raws: list[bytes], n: int, python: str, repeat: int
) -> tuple[list[tuple[str, str, str, str]], float]:
    mail = backlog_messages(raws, n)
    runs, floors, ledger_bytes = [], [], []
    for r in range(repeat):
        acct = new_account(server, work, f"backlog{r}")
        server.deliver_many(acct.user, acct.password, mail)
        wall, _cpu, rss = child_run([python, "-m", "watcher", "once", "--since", "2000-01-01"], acct.env)
        runs.append((wall, rss))
        floors.append(child_run([python, "-c", FLOOR_FETCH, *floor_args(server, acct)]))
        state = acct.home / "state"
        ledger_bytes.append(sum(p.stat().st_size for p in state.glob("state.sqlite3*")) / n)
    wall = statistics.median(w for w, _ in runs)
    rss = statistics.median(m for _, m in runs)
    f_wall = statistics.median(w for w, _c, _m in floors)
    f_rss = statistics.median(m for _w, _c, m in floors)
    return [
        (
            f"backlog once --since, {n:,} msgs",
            f"{n / wall:,.0f} msg/s, peak {rss:.0f} MiB",
            f"{n / f_wall:,.0f} msg/s, {f_rss:.0f} MiB",
            f"{wall / f_wall:.1f} ×",
        )
    ], statistics.median(ledger_bytes)


def row_empty_once(
    server: DovecotServer, work: Path, raws: list[bytes], python: str, repeat: int
) -> list[tuple[str, str, str, str]]:
    rows = []
    for size in (1_000, 50_000):
        acct = new_account(server, work, f"empty{size}")
        server.deliver_many(acct.user, acct.password, backlog_messages(raws, size))
        child_run([python, "-m", "watcher", "once"], acct.env)  # the first run sets the starting point
        ours = median(lambda a=acct: child_run([python, "-m", "watcher", "once"], a.env)[0], repeat)
        floor = median(
            lambda a=acct: child_run([python, "-c", FLOOR_EMPTY, *floor_args(server, a)])[0], repeat
        )
        rows.append(
            (f"empty once, {size:,} msgs", f"{ours:.2f} s", f"{floor:.2f} s", f"{ours / floor:.1f} ×")
        )
    return rows


# ----- row 3: idle RSS ------------------------------------------------------------------------

FLOOR_IDLE = """
import ssl, sys, time
from imapclient import IMAPClient
host, port, ca, user, pw = sys.argv[1:6]
c = IMAPClient(host, int(port), ssl=True, ssl_context=ssl.create_default_context(cafile=ca))
c.login(user, pw)
c.select_folder("INBOX", readonly=True)
c.idle()
print("idling", flush=True)
time.sleep(600)
"""


def vm_rss_mib(pid: int) -> float:
    return _proc_kib(pid, "VmRSS") / 1024


def row_idle_rss(
    server: DovecotServer, work: Path, python: str, seconds: float
) -> list[tuple[str, str, str, str]]:
    acct = new_account(server, work, "idlerss", mdbox=False)
    log = (work / "idle.log").open("wb")
    daemon = subprocess.Popen(
        [python, "-m", "watcher", "run"], env=acct.env, stdout=log, stderr=log, cwd=tempfile.gettempdir()
    )
    floor = subprocess.Popen(
        [python, "-c", FLOOR_IDLE, *floor_args(server, acct)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while "with IDLE" not in (work / "idle.log").read_text(errors="replace"):
            if time.monotonic() > deadline or daemon.poll() is not None:
                raise RuntimeError("the daemon did not start:\n" + (work / "idle.log").read_text()[-2000:])
            time.sleep(0.1)
        time.sleep(seconds)
        ours, bare = vm_rss_mib(daemon.pid), vm_rss_mib(floor.pid)
    finally:
        daemon.terminate()
        floor.kill()
        daemon.wait(30)
        floor.wait(5)
    return [
        (
            f"daemon RSS after {seconds:.0f} s idle",
            f"{ours:.1f} MiB ({ours * 1.048576:.1f} MB)",
            f"{bare:.1f} MiB",
            f"{ours / bare:.1f} ×",
        )
    ]


# ----- row 5: classify one file ---------------------------------------------------------------


def row_classify_one(python: str, one: Path, repeat: int) -> list[tuple[str, str, str, str]]:
    ours = median(lambda: child_run([python, "-m", "watcher", "classify", str(one)])[1], repeat)
    floor = median(lambda: child_run([python, str(FLOOR_SCRIPT), str(one)])[1], repeat)
    sklearn = median(lambda: child_run([python, "-c", "import sklearn, skops.io"])[1], repeat)
    return [
        ("classify one.eml, CPU", f"{ours:.2f} s", f"{floor:.2f} s (stdlib parse)", f"{ours / floor:.1f} ×"),
        ("  (importing scikit-learn + skops)", f"{sklearn:.2f} s", "", ""),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backlog", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--idle-seconds", type=float, default=30.0)
    parser.add_argument("--python", default=sys.executable, help="interpreter that runs rejection-watcher")
    parser.add_argument("--rows", default="1,2,3,4,5", help="which rows to run (6 comes with 2)")
    args = parser.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"no bench mail at {BENCH}")
    files = bench_files()
    raws = [p.read_bytes() for p in files]
    wanted = set(args.rows.split(","))
    print(
        f"bench-mail: {len(raws):,} messages, {sum(map(len, raws)) / len(raws) / 1024:.1f} KB mean; "
        f"interpreter {args.python}; medians of {args.repeat}"
    )
    rows: list[tuple[str, str, str, str]] = []
    per_message = None
    work = Path(tempfile.mkdtemp(prefix="bench-real-"))
    try:
        if "1" in wanted:
            rows += row_classify(raws, args.python, args.repeat)
        if "5" in wanted:
            rows += row_classify_one(args.python, files[0], args.repeat)
        if wanted & {"2", "3", "4"}:
            with DovecotServer.start() as server:
                if "2" in wanted:
                    backlog, per_message = row_backlog(
                        server, work, raws, args.backlog, args.python, args.repeat
                    )
                    rows += backlog
                if "4" in wanted:
                    rows += row_empty_once(server, work, raws, args.python, args.repeat)
                if "3" in wanted:
                    rows += row_idle_rss(server, work, args.python, args.idle_seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{width}}  {'ours':<34} {'floor, same run':<30} ratio")
    for name, ours, floor, ratio in rows:
        print(f"{name:<{width}}  {ours:<34} {floor:<30} {ratio}")
    if per_message is not None:
        print(f"ledger growth: {per_message:,.0f} bytes of state database per message seen (row 2)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        textwrap.dedent(f"""
        (this benchmark process itself peaked at {peak:.0f} MiB)""")
    )


if __name__ == "__main__":
    main()
