"""Helpers the corpus generators share: seeded randomness, Message-ID pieces and local dates.

Every generator must write the same bytes on every run (the shipped model records the corpus
hash), so each helper consumes its random generator exactly as the code it replaced did: change
one and the committed `.eml` files change.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

CORPUS = Path(__file__).resolve().parents[1]  # models/corpus: one directory per set
DATE_FORMAT = "%Y-%m-%d %H:%M"  # how a spec writes a local date and time

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _key(parts: tuple[object, ...]) -> bytes:
    return "|".join(map(str, parts)).encode()


def seeded_rng(*parts: object) -> random.Random:
    """A generator seeded with the hex SHA-256 of the parts joined by "|" (en-jobs, everyday, ATS)."""
    return random.Random(hashlib.sha256(_key(parts)).hexdigest())


def seeded_rng64(*parts: object) -> random.Random:
    """A generator seeded with the first 64 bits of the same SHA-256, as an integer (intl-jobs)."""
    return random.Random(int.from_bytes(hashlib.sha256(_key(parts)).digest()[:8], "big"))


def random_chars(r: random.Random, alphabet: str, n: int) -> str:
    """n characters drawn one at a time from alphabet."""
    return "".join(r.choice(alphabet) for _ in range(n))


def random_hex(r: random.Random, n: int) -> str:
    """n lower-case hex digits, drawn one at a time."""
    return random_chars(r, HEX, n)


def gmail_message_id(r: random.Random, alphabet: str, n: int) -> str:
    """A Gmail-style Message-ID: "<CA" and n characters of alphabet at mail.gmail.com."""
    return f"<CA{random_chars(r, alphabet, n)}@mail.gmail.com>"


def local_datetime(date: str, zone: str | tzinfo, second: int) -> datetime:
    """A spec's "YYYY-MM-DD HH:MM" in a time zone (a name or a tzinfo), at the given second."""
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone
    return datetime.strptime(date, DATE_FORMAT).replace(second=second, tzinfo=tz)
