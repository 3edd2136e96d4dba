"""One daemon per state directory: an exclusive lock file that names its holder.

`flock` is released by the kernel when the process dies (even by SIGKILL), so a crash never
leaves a stale lock behind; the PID inside is only there to tell the user who holds it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from .errors import AlreadyRunning

__all__ = ["AccountLock", "AlreadyRunning", "InstanceLock"]


class InstanceLock:
    """`with InstanceLock(state_dir):` — raises AlreadyRunning if another process holds it."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / "daemon.lock"
        self._fd: int | None = None

    def __enter__(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            os.close(fd)
            raise AlreadyRunning(self.path.parent, int(holder) if holder.isdigit() else None) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class AccountLock:
    """The per-account critical section around check-Drafts → APPEND → record.

    `flock` on a file per account in the state directory: exclusive between processes (a `once`
    beside the daemon) and, because every `__call__` opens the file anew (flock belongs to the
    open file description), between the daemon's own threads (one IDLE watcher per folder and the
    poll job). The kernel releases it when a process dies, so a crash never leaves it held.
    """

    def __init__(self, state_dir: Path, account_key: str) -> None:
        digest = hashlib.sha256(account_key.encode()).hexdigest()[:16]
        self.path = state_dir / "locks" / f"drafts-{digest}.lock"

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the last descriptor releases the lock
