"""A progress bar on stderr for long steps (fetching labelled mail, cross-validation, a backfill).

Drawn in place on a terminal; elsewhere (logs, CI, pipes) it prints one line when a step starts
and one when it ends, so captured output stays readable — and, with `lines=True` (a backfill
over a year of mail), one plain line at every tenth of the way, so a log shows it moving.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Call with (done, total); `done == total` finishes the line."""

    def __init__(
        self,
        label: str,
        stream: TextIO | None = None,
        width: int = 30,
        *,
        lines: bool = False,
        unit: str = "",
    ) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.lines = lines
        self.unit = f" {unit}" if unit else ""
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self._announced = False
        self._finished = False
        self._tenths = 0  # the last tenth of the way a plain line was written for

    def __call__(self, done: int, total: int) -> None:
        if self._finished:
            return
        if self.tty:
            filled = int(self.width * done / total) if total else self.width
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r{self.label:32} [{bar}] {done}/{total}{self.unit}")
            if done >= total:
                self.stream.write(f"  {time.monotonic() - self.started:.1f} s\n")
        else:
            if not self._announced:
                self.stream.write(f"{self.label} ({total}{self.unit}) ...\n")
                self._announced = True
            tenths = 10 * done // total if total else 10
            if self.lines and self._tenths < tenths < 10:
                self.stream.write(f"{self.label}: {done}/{total}{self.unit} ({done / total:.0%})\n")
                self._tenths = tenths
            if done >= total:
                self.stream.write(
                    f"{self.label}: {done}/{total}{self.unit}, done in {time.monotonic() - self.started:.1f} s\n"
                    if self.lines
                    else f"{self.label}: done in {time.monotonic() - self.started:.1f} s\n"
                )
        if done >= total:
            self._finished = True
        self.stream.flush()
