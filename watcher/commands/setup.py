"""Commands that set things up or show them: init, auth, service, demo, paths."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Literal

from ..cli import command, say
from ..errors import ConfigError, WatcherError
from ..paths import HOME_ENV, PRIVATE_FILE, Paths
from .common import load, require_config


@command
def cmd_init(args: argparse.Namespace, paths: Paths) -> int:
    """Write a starter config file where the other commands look for it, and say what to do next.

    Asks for the IMAP server, the login name and your name and address (or takes them from
    --host, --username, --name, --email); never for a password, which stays out of the file.
    Refuses to overwrite a config that is already there.
    """
    import tomllib

    from ..config import STARTER_PASSWORD_ENV, parse_config, starter_config

    target = Path(args.config).expanduser() if args.config else paths.config_file
    if target.exists():
        raise ConfigError(f"there is already a config file at {target} — edit it, or move it aside first")
    host = args.host or _ask("IMAP server (e.g. imap.fastmail.com)", "--host")
    username = args.username or _ask("login name (usually your address)", "--username")
    email = args.email or _ask("your address, as drafts are signed", "--email", "@" in username and username)
    name = args.name or _ask("your name, as drafts are signed", "--name")
    text = starter_config(
        host=host,
        username=username,
        name=name,
        email=email,
        security=args.security,
        password_command=args.password_command or "",
        password_keyring=args.keyring,
    )
    parse_config(tomllib.loads(text), source=target)  # a starter that `check` would refuse is a bug
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror or exc}") from None
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    say(f"wrote {target} (no password in it)\nnext:")
    if args.password_command:
        step = f"the password comes from `{args.password_command}`"
    elif args.keyring:
        step = "store the password in the system keyring:  rejection-watcher auth set"
    else:
        step = f"export {STARTER_PASSWORD_ENV}='your password' (or set password_command in the file)"
    say(f"  1. {step}")
    say("  2. rejection-watcher check             # every step from config to login, with what to fix")
    say("  3. rejection-watcher once --dry-run    # what it would draft; changes nothing")
    return 0


def _ask(question: str, option: str, default: str | Literal[False] = False) -> str:
    """A value for `init`, asked in a terminal; elsewhere the default, or the option must be given."""
    if not sys.stdin.isatty():
        if default:
            return default
        raise ConfigError(f"init needs {option} (or run it in a terminal to be asked)")
    hint = f" [{default}]" if default else ""
    while True:
        try:
            answer = input(f"{question}{hint}: ").strip() or (default or "")
        except EOFError:  # Ctrl-D
            raise ConfigError(f"no answer: nothing written (init needs {option})") from None
        if answer:
            return answer


@command
def cmd_auth(args: argparse.Namespace, paths: Paths) -> int:
    """Store an account's password in the system keyring (`auth set`), for `password_keyring = true`.

    Prompts for the password without echo (or reads one line from stdin when it is not a
    terminal). Needs the keyring extra: pip install 'rejection-watcher[keyring]'.
    """
    import getpass

    from ..credentials import store_in_keyring

    config = load(require_config(args, paths))
    accounts = config.select(args.account)
    if len(accounts) > 1:
        raise WatcherError("several accounts in the config: say which with --account NAME")
    account = accounts[0]
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {account.username} at {account.host}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise WatcherError("no password given; nothing stored")
    store_in_keyring(account, password)
    say(f"stored in the system keyring for {account.key}")
    if not account.password_keyring:
        say("set `password_keyring = true` in this account's config section to use it")
    return 0


@command
def cmd_service(args: argparse.Namespace, paths: Paths) -> int:
    """Install the systemd user service (`service install`) that runs the daemon.

    The service starts at login and restarts on failure; `--print` shows the unit instead of
    writing it.
    """
    from ..systemd import install_unit, render_unit

    config_file = None
    if args.config:
        config_file = Path(args.config).expanduser().resolve()
        if not config_file.is_file():  # a unit pointing nowhere would fail only at the next login
            raise ConfigError(f"no config file at {args.config} — pass the config the service should use")
    unit = render_unit(config_file, os.environ)
    if args.print:
        say(unit, end="")
        return 0
    say(f"wrote {install_unit(unit, os.environ)}")
    say("now run:  systemctl --user daemon-reload && systemctl --user enable --now rejection-watcher")
    say("logs:     journalctl --user -u rejection-watcher -f")
    say(
        "passwords: use password_command, password_keyring or oauth2_token_command in the config "
        "(a service does not see your shell's environment variables)"
    )
    return 0


@command
def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    """Show the whole thing on a sample mailbox: two rejections become reply drafts.

    Needs no config and no account. Builds a temporary Maildir with five realistic messages,
    runs one pass with the shipped model and templates, and prints the decisions and drafts.
    """
    from ..demo import run_demo

    run_demo(sys.stdout)
    return 0


@command
def cmd_paths(args: argparse.Namespace, paths: Paths) -> int:
    """Print where the config, state, logs, models and templates live."""
    from ..resources import shipped_model, shipped_templates

    rows = [
        ("config file", paths.config_file),
        ("state directory", paths.state_dir),
        ("state database", paths.state_db),
        ("log directory", paths.log_dir),
        ("your models", paths.models_dir),
        ("your templates", paths.templates_dir),
        ("shipped model", shipped_model()),
        ("shipped templates", shipped_templates()),
    ]
    for name, value in rows:
        say(f"{name + ':':20} {value}")
    say(f"\nSet {HOME_ENV}=DIR to keep config, state and logs under DIR instead.")
    return 0
