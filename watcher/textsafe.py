"""Text from mail, made safe to show on a terminal or to open in a spreadsheet.

Anyone can send us mail, and its subject, sender, company name and body end up in `draft`,
`history`, `status`, `followups` and `classify`. A terminal obeys escape sequences (ESC, CSI
as U+009B, OSC titles, BEL), a carriage return overwrites the line, and bidi overrides
(U+202A–U+202E, U+2066–U+2069) or zero-width format characters make text read differently from
what it is ("invoice‮fdp.exe"). `for_terminal` shows each such character as a visible escape
(`\\x1b`, `\\u202e`, the way Python's repr writes it) rather than U+FFFD, so the user can see
that something was there and what. It is for display only: drafts are saved as rendered.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, tab or CR) as a
formula; `csv_cell` prefixes those with a single quote, the OWASP recipe for CSV injection.
"""

from __future__ import annotations

import unicodedata

#: Categories that never belong in a line shown to a person: controls (C0 and C1), format
#: characters (bidi overrides and isolates, zero-width spaces, BOM, tags), lone surrogates, and
#: the line/paragraph separators that some terminals and editors treat as line breaks.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

#: Kept although they are format characters: ZWNJ and ZWJ are needed to write Persian and the
#: Indic scripts correctly and to join emoji sequences, and cannot reorder or hide text.
_KEPT = frozenset("\t\n\u200c\u200d")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def for_terminal(text: str) -> str:
    """`text` with every control or format character (but tab and newline) as a visible escape."""
    if text.isprintable():  # the common case, and fast: no control, format or separator chars
        return text
    return "".join(_escape(c) if _unsafe(c) else c for c in text)


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading formula character gets a `'` prefix."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _unsafe(char: str) -> bool:
    return char not in _KEPT and not char.isprintable() and unicodedata.category(char) in _UNSAFE_CATEGORIES


def _escape(char: str) -> str:
    code = ord(char)
    if char == "\r":
        return "\\r"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
