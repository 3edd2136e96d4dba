"""systemd's notify protocol (Type=notify): readiness, status, watchdog pings, stopping.

A datagram to the socket in $NOTIFY_SOCKET; nothing happens when not run by systemd. Small
enough that a dependency would cost more than it saves.
"""

from __future__ import annotations

import os
import socket


def notify(message: str) -> bool:
    """Send e.g. "READY=1", "WATCHDOG=1", "STATUS=...", "STOPPING=1"; False when not under systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
        return True
    except OSError:
        return False


def watchdog_interval() -> float | None:
    """Seconds between watchdog pings (half of WatchdogSec), or None when no watchdog is set."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    try:
        return max(1.0, int(usec) / 2_000_000)
    except ValueError:
        return None
