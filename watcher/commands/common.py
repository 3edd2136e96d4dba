"""What the commands share: finding and loading the config, the ledger key of --account,
the model to classify with, and terminal-safe output helpers."""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..config import AccountConfig, Config
from ..errors import ConfigError
from ..paths import Paths
from ..textsafe import csv_cell, for_terminal

log = logging.getLogger("watcher")


def require_config(args: argparse.Namespace, paths: Paths) -> Path:
    config_file = find_config(args, paths)
    if config_file is None:
        raise ConfigError(f"no config file at {paths.config_file} — write one with `rejection-watcher init`")
    return config_file


def find_config(args: argparse.Namespace, paths: Paths) -> Path | None:
    """The config to use: --config (must exist), else the default path if it exists, else None."""
    if args.config:
        return Path(args.config).expanduser()
    return paths.config_file if paths.config_file.exists() else None


def ledger_account(args: argparse.Namespace, paths: Paths) -> str | None:
    """The ledger's key for --account NAME (the config maps a name to username@host), or None."""
    if not args.account:
        return None
    config_file = find_config(args, paths)
    if config_file is None:
        return str(args.account)  # no config to map a name: NAME is the key itself
    return str(load(config_file).select(args.account)[0].key)


def load(path: Path) -> Config:
    from ..config import load_config

    return load_config(path)


def classify_model(args: argparse.Namespace, paths: Paths) -> Path:
    from ..app import model_path

    if args.model:
        return model_path(None, paths, args.model)
    config_file = find_config(args, paths)
    return model_path(load(config_file) if config_file is not None else None, paths)


def warn_about_insecure_accounts(config: Config, accounts: Sequence[AccountConfig] | None = None) -> None:
    """Every start, loudly: `allow_insecure` is allowed, but never forgotten about."""
    for account in accounts if accounts is not None else config.accounts:
        if account.password_in_clear:
            log.warning(
                '%s: security = "plain" sends your password to %s in clear, readable by anyone on the '
                'network path (allow_insecure = true) — use "ssl" or "starttls" if the server offers them',
                account.key,
                account.host,
            )


class TerminalSafeStream(io.TextIOBase):
    """A text stream that passes everything through `for_terminal`, for code that writes its
    report to a stream (training lists subjects and sources of misclassified mail)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


def write_csv(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Rows as CSV on stdout. Cells quote mail: no escape sequences for whoever cats it, no
    formulas for whoever opens it in a spreadsheet ('=HYPERLINK(...)' as a subject, '-2+3' as a
    sender)."""
    import csv

    writer = csv.writer(sys.stdout)
    writer.writerow(columns)
    writer.writerows([csv_cell(for_terminal(str(cell))) for cell in row] for row in rows)


def table_lines(columns: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]) -> list[str]:
    """A fixed-width table of the first len(widths) columns, each cell cut to its width."""
    lines = ["  ".join(f"{c:{w}}" for c, w in zip(columns, widths, strict=False))]
    lines += ["  ".join(f"{cut(str(v), w):{w}}" for v, w in zip(row, widths, strict=False)) for row in rows]
    return lines


def cut(text: str, width: int) -> str:
    """A table cell: made terminal-safe first, so escapes count towards its width."""
    text = for_terminal(text)
    return text if len(text) <= width else text[: width - 1] + "…"
