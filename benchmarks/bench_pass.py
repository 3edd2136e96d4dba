"""Pass timings against a real Dovecot (mdbox storage), printed as figures.

    .venv/bin/python benchmarks/bench_pass.py [--sizes 1000,10000,100000] [--backlog 10000] [--repeat 30]

(a) For an INBOX of each size with nothing new: the median time of a whole pass including
    connect + TLS + login + logout, and of the "anything new?" pass inside an already open session.
(b) A backlog of new messages processed end to end (fetch, parse, classify, draft, record):
    messages per second and peak RSS.

Messages are the training corpus's own mail (labels stripped) with fresh Message-IDs, so sizes
and MIME structure are realistic; 2% of them are rejections (each one drafted), as in a busy inbox.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from dovecot import DovecotServer  # noqa: E402
from watcher.classify import Classifier  # noqa: E402
from watcher.config import AccountConfig  # noqa: E402
from watcher.credentials import Credentials  # noqa: E402
from watcher.imap import ImapMailbox  # noqa: E402
from watcher.reply import Identity, ReplyRenderer  # noqa: E402
from watcher.resources import shipped_corpus, shipped_model, shipped_templates  # noqa: E402
from watcher.service import PassOptions, run_pass  # noqa: E402
from watcher.state import Ledger  # noqa: E402

_LABEL_HEADERS = re.compile(rb"^X-Corpus-[\w-]+:.*\r?\n", re.MULTILINE | re.IGNORECASE)
_MSGID = re.compile(rb"^Message-ID:.*\r?\n", re.MULTILINE | re.IGNORECASE)


def corpus_messages(rejection_share: float = 0.02) -> list[bytes]:
    """Corpus mail without its labels: all the non-rejections plus enough rejections for the share."""
    others, rejections = [], []
    for path in sorted(shipped_corpus().rglob("*.eml")):
        data = path.read_bytes()
        raw = _MSGID.sub(b"", _LABEL_HEADERS.sub(b"", data)).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        (rejections if b"X-Corpus-Label: rejection" in data else others).append(raw)
    wanted = max(1, round(len(others) * rejection_share / (1 - rejection_share)))
    pool = others + rejections[:: max(1, len(rejections) // wanted)][:wanted]
    random.Random(0).shuffle(pool)  # rejections spread through any prefix of the pool
    return pool


def messages(n: int, start: int, pool: list[bytes]) -> list[bytes]:
    return [
        b"Message-ID: <bench-%d@bench.example>\r\n" % (start + i) + pool[(start + i) % len(pool)]
        for i in range(n)
    ]


def seed(server: DovecotServer, user: str, password: str, n: int, start: int, pool: list[bytes]) -> None:
    server.deliver_many(user, password, messages(n, start, pool))


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure_empty_pass(
    server: DovecotServer,
    tmp: Path,
    size: int,
    pool: list[bytes],
    classifier: Classifier,
    renderer: ReplyRenderer,
    repeat: int,
) -> tuple[float, float, float]:
    """Median ms of: a whole pass (connect, TLS, login, pass, logout); a pass in an open
    session; the bare "anything new?" check (NOOP + UID SEARCH)."""
    user = f"bench{size}"
    server.add_user(user, "pw", mdbox=True)
    seed(server, user, "pw", size, 0, pool)
    account = AccountConfig(
        host=server.host, port=server.ssl_port, ca_file=Path(server.ca_file), username=user, password_env="X"
    )
    ledger = Ledger.open(tmp / f"{user}.sqlite3")
    options = PassOptions(
        account_key=user, folders=("INBOX",), max_age_days=100_000
    )  # corpus mail is years old

    def whole_pass() -> None:
        box = ImapMailbox.connect(account, Credentials(user, "pw"))
        try:
            run_pass(box, ledger, classifier, renderer, options)
        finally:
            box.close()

    whole_pass()  # first run: records the high-water mark
    whole = median_ms(whole_pass, repeat)
    box = ImapMailbox.connect(account, Credentials(user, "pw"))
    try:
        open_session = median_ms(lambda: run_pass(box, ledger, classifier, renderer, options), repeat * 10)
        newest = box.uids_after("INBOX", 0)[-1]
        check = median_ms(lambda: (box.open_folder("INBOX"), box.uids_after("INBOX", newest)), repeat * 10)
    finally:
        box.close()
        ledger.close()
    return whole, open_session, check


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--backlog", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    pool = corpus_messages()
    classifier = Classifier.from_file(shipped_model())
    renderer = ReplyRenderer(Identity("Bench Mark", "bench@example.org"), [shipped_templates()])
    print(f"corpus pool: {len(pool)} messages, mean {statistics.mean(map(len, pool)):.0f} bytes")

    with DovecotServer.start() as server, tempfile.TemporaryDirectory() as tmp:
        print("\n(a) a pass with nothing new")
        print(
            f"{'INBOX size':>10}  {'whole pass (connect+TLS+login)':>31}  {'open-session pass':>18}  "
            f"{'anything new? (NOOP+UID SEARCH)':>32}"
        )
        for size in [int(s) for s in args.sizes.split(",")]:
            whole, open_session, check = measure_empty_pass(
                server, Path(tmp), size, pool, classifier, renderer, args.repeat
            )
            print(f"{size:>10,}  {whole:>28.1f} ms  {open_session:>15.2f} ms  {check:>29.2f} ms")

        print(f"\n(b) a backlog of {args.backlog:,} new messages, end to end")
        user = "backlog"
        server.add_user(user, "pw", mdbox=True)
        account = AccountConfig(
            host=server.host,
            port=server.ssl_port,
            ca_file=Path(server.ca_file),
            username=user,
            password_env="X",
        )
        ledger = Ledger.open(Path(tmp) / "backlog.sqlite3")
        options = PassOptions(
            account_key=user, folders=("INBOX",), max_age_days=100_000
        )  # corpus mail is years old
        box = ImapMailbox.connect(account, Credentials(account.username, "pw"))
        run_pass(box, ledger, classifier, renderer, options)  # first run on an empty INBOX
        seed(server, user, "pw", args.backlog, 10_000_000, pool)
        t = time.perf_counter()
        report = run_pass(box, ledger, classifier, renderer, options)
        elapsed = time.perf_counter() - t
        box.close()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"processed {len(report.decisions):,} messages in {elapsed:.2f} s: "
            f"{len(report.decisions) / elapsed:,.0f} messages/s; {len(report.drafts_created):,} drafts appended; "
            f"peak RSS {rss_mb:.0f} MB"
        )


if __name__ == "__main__":
    main()
