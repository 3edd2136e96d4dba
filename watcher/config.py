"""The TOML config file, parsed once into frozen, typed objects.

The dataclasses below are the schema: each field's type and default is what the file may say.
`load_config` walks the file against them and collects *every* problem (unknown keys with a
"did you mean", wrong types, missing required keys, contradictions) before raising one
`ConfigError`, because fixing a config one error per run is miserable. Nothing else in the
program reads TOML.
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import json
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import ConfigError
from .stages import STAGES

Security = Literal["ssl", "starttls", "plain"]
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "plain": 143}


@dataclass(frozen=True)
class IdentityConfig:
    """Who the drafts are from."""

    name: str = ""
    email: str = ""
    signature: str = ""


@dataclass(frozen=True)
class AccountConfig:
    """One mailbox to watch: an IMAP account, or a local Maildir tree."""

    name: str = ""
    host: str = ""
    port: int = 0
    security: Security = "ssl"
    allow_insecure: bool = False
    ca_file: Path | None = None
    username: str = ""
    password_env: str = ""
    password_command: str = ""
    password_keyring: bool = False
    oauth2_token_command: str = ""
    maildir: Path | None = None
    folders: tuple[str, ...] = ("INBOX",)
    drafts_folder: str = ""
    timeout_seconds: float = 30.0
    max_message_bytes: int = 2_000_000
    fetch_batch_size: int = 200
    idle: bool = True
    identity: IdentityConfig | None = None  # per-account identity ([[accounts]] only)

    @property
    def key(self) -> str:
        """The stable name the state ledger files this account under."""
        if self.name:
            return self.name
        if self.maildir is not None:
            return f"maildir:{self.maildir}"
        return f"{self.username}@{self.host}"

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def password_in_clear(self) -> bool:
        """Plain IMAP to a host other than this machine: the login crosses the network readable
        by anyone on the path (allowed only with `allow_insecure = true`; worth a loud warning)."""
        return bool(self.host) and self.security == "plain" and not is_loopback(self.host)


@dataclass(frozen=True)
class ClassifierConfig:
    """Which model decides what a rejection is, and how sure it must be."""

    model: Path | None = None
    threshold: float | None = None


@dataclass(frozen=True)
class ScheduleConfig:
    """How often the daemon looks for new mail."""

    poll_interval_seconds: int = 300


@dataclass(frozen=True)
class DraftsConfig:
    """How replies are written, when they are not, and the follow-up that comes later."""

    template: str = "reply"
    language: str = "auto"
    stages: tuple[str, ...] = STAGES
    max_age_days: int = 30
    follow_up_after_days: float = 60.0
    follow_up_template: str = "followup"


@dataclass(frozen=True)
class TrainingConfig:
    """Where your own labelled mail is, for `train`, and whether the daemon retrains by itself."""

    rejection_folders: tuple[str, ...] = ()
    other_folders: tuple[str, ...] = ()
    include_corpus: bool = True
    schedule: Literal["off", "daily", "weekly"] = "off"
    min_per_class: int = 20


@dataclass(frozen=True)
class LoggingConfig:
    """Where log lines go."""

    level: Literal["debug", "info", "warning", "error"] = "info"
    file: Path | None = None


#: What `[notify] command` may say about a saved draft: its subject, its company, its kind.
NOTIFY_PLACEHOLDERS = ("subject", "company", "kind")


@dataclass(frozen=True)
class NotifyConfig:
    """A program run (without a shell) each time a draft is saved; empty means none."""

    command: tuple[str, ...] = ()
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class Config:
    """The whole, validated configuration."""

    accounts: tuple[AccountConfig, ...]
    identity: IdentityConfig = field(default_factory=IdentityConfig)
    classifier: ClassifierConfig = field(default_factory=ClassifierConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    drafts: DraftsConfig = field(default_factory=DraftsConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    source: Path | None = None

    @property
    def account(self) -> AccountConfig:
        """The first (often the only) account."""
        return self.accounts[0]

    def identity_for(self, account: AccountConfig) -> IdentityConfig:
        """The account's own identity, else the global [identity]."""
        return account.identity or self.identity

    def select(self, name: str | None) -> tuple[AccountConfig, ...]:
        """All accounts, or the one whose name (or key) is `name`."""
        if not name:
            return self.accounts
        chosen = tuple(a for a in self.accounts if name in (a.name, a.key))
        if not chosen:
            names = ", ".join(a.key for a in self.accounts)
            raise ConfigError(f"no account named {name!r} in the config (accounts: {names})")
        return chosen


SECTIONS: dict[str, type] = {
    "account": AccountConfig,
    "identity": IdentityConfig,
    "classifier": ClassifierConfig,
    "schedule": ScheduleConfig,
    "drafts": DraftsConfig,
    "training": TrainingConfig,
    "logging": LoggingConfig,
    "notify": NotifyConfig,
}


def load_config(path: Path) -> Config:
    """Read and validate the config file; raise ConfigError listing every problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"no config file at {path} — write one with `rejection-watcher init`, "
            "pass --config PATH, or try `rejection-watcher demo` without one"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    return parse_config(data, source=path)


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Validate an already-parsed TOML document (used by tests and `load_config`)."""
    problems: list[str] = []
    base = source.parent if source else Path.cwd()
    for section in data:
        if section not in SECTIONS and section != "accounts":
            _unknown_section(section, data[section], problems)
    accounts = _read_accounts(data, problems, base)
    sections = {
        name: _read_section(name, cls, data.get(name, {}), problems, base)
        for name, cls in SECTIONS.items()
        if name != "account"
    }
    config = Config(accounts=accounts, source=source, **sections)
    problems.extend(_identity_problems(config, data))
    problems.extend(_cross_checks(config, data))
    if problems:
        raise ConfigError.listing(f"{source}" if source else "config", problems)
    return config


def _read_accounts(data: dict[str, Any], problems: list[str], base: Path) -> tuple[AccountConfig, ...]:
    """`[account]` (one mailbox) or `[[accounts]]` (several, each may have its own `identity`)."""
    if "account" in data and "accounts" in data:
        problems.append("use either `[account]` (one mailbox) or `[[accounts]]` (several), not both")
    if "accounts" in data:
        raw = data["accounts"]
        if not isinstance(raw, list) or not raw or not all(isinstance(a, dict) for a in raw):
            problems.append("`accounts` must be written as one or more `[[accounts]]` tables")
            return (AccountConfig(),)
        accounts = []
        for i, table in enumerate(raw):
            where = f"accounts[{i}]"
            identity = table.get("identity")
            rest = {k: v for k, v in table.items() if k != "identity"}
            account = _read_section(where, AccountConfig, rest, problems, base)
            if identity is not None:
                ident = _read_section(f"{where}.identity", IdentityConfig, identity, problems, base)
                account = dataclasses.replace(account, identity=ident)
            accounts.append(account)
        keys = [a.key for a in accounts]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            problems.append(
                f"two accounts are both called {key!r}: give each `[[accounts]]` a different `name`"
            )
        return tuple(accounts)
    if "account" not in data:
        problems.append("missing section `[account]` — add it with `host` (or `maildir`) and `username`")
        return (AccountConfig(),)
    raw = data["account"]
    if isinstance(raw, dict) and "identity" in raw:
        problems.append("`account.identity` is only for `[[accounts]]`; use a top-level `[identity]` section")
        raw = {k: v for k, v in raw.items() if k != "identity"}
    return (_read_section("account", AccountConfig, raw, problems, base),)


def _identity_problems(config: Config, data: dict[str, Any]) -> list[str]:
    """Every account needs a name and an address to write from: its own, or the global [identity]."""
    if "account" not in data and "accounts" not in data:
        return []
    problems = []
    for i, account in enumerate(config.accounts):
        if account.identity is not None:
            for key in ("name", "email"):
                if not getattr(account.identity, key):
                    problems.append(
                        f"missing key `accounts[{i}].identity.{key}` — {_HINTS[f'identity.{key}']}"
                    )
        elif "identity" in data and not isinstance(data["identity"], dict):
            continue  # already reported as "must be a table"
        else:
            present = data.get("identity", {})
            for key in ("name", "email"):
                message = f"missing key `identity.{key}` — {_HINTS[f'identity.{key}']}"
                if key not in present and message not in problems:
                    problems.append(message)
    return problems


_HINTS = {
    "identity.name": 'your name as it should appear on drafts, e.g. name = "Jane Doe"',
    "identity.email": 'the address drafts are sent from, e.g. email = "jane@example.com"',
}


def _unknown_section(section: str, value: Any, problems: list[str]) -> None:
    known_paths = [f"{s}.{f.name}" for s, cls in SECTIONS.items() for f in dataclasses.fields(cls)]
    keys = list(value) if isinstance(value, dict) else []
    if not keys:
        problems.append(f"unknown key `{section}`{_suggest(section, list(SECTIONS))}")
    for key in keys:
        problems.append(f"unknown key `{section}.{key}`{_suggest(f'{section}.{key}', known_paths)}")


def _suggest(word: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return f" — did you mean `{close[0]}`?" if close else " — remove it (see config.example.toml)"


def _read_section(name: str, cls: type, raw: Any, problems: list[str], base: Path) -> Any:
    if not isinstance(raw, dict):
        problems.append(f"`{name}` must be a table, written `[{name}]`")
        return cls()
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "password" and cls is AccountConfig:
            continue  # a pasted password gets one clear message of its own (`_account_problems`)
        if key not in fields:
            suggestion = _suggest(f"{name}.{key}", [f"{name}.{f}" for f in fields])
            problems.append(f"unknown key `{name}.{key}`{suggestion}")
            continue
        converted = _convert(f"{name}.{key}", hints[key], value, problems, base)
        if converted is not _INVALID:
            values[key] = converted
    return cls(**values)


_INVALID = object()


#: Keys where people paste the password itself by mistake: their values are never repeated in an
#: error, which ends up on screens, in terminals' scrollback and in the daemon's journal.
SECRET_KEYS = frozenset(
    {"password", "password_env", "password_command", "password_keyring", "oauth2_token_command"}
)

#: What an environment variable name looks like (POSIX: letters, digits, underscore; no digit first).
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _got(path: str, value: Any) -> str:
    """`(got VALUE)` for an error message, unless the key is one a password may be typed into."""
    if path.rsplit(".", 1)[-1] in SECRET_KEYS:
        return "(the value is not shown, in case it is a password)"
    return f"(got {value!r})"


def _convert(path: str, hint: Any, value: Any, problems: list[str], base: Path) -> Any:
    """Check one value against its field type; paths are made absolute relative to the file."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)][0]
        return _convert(path, inner, value, problems, base)
    if origin is Literal:
        if value in args:
            return value
        choices = " | ".join(f'"{a}"' for a in args)
        problems.append(f"`{path}` must be one of {choices} {_got(path, value)}")
        return _INVALID
    if origin is tuple:
        may_be_empty = path.startswith(("training.", "notify."))
        if (
            isinstance(value, list)
            and all(isinstance(v, str) and v for v in value)
            and (value or may_be_empty)
        ):
            return tuple(value)
        example = '["notify-send", "{subject}"]' if path.startswith("notify.") else '["INBOX"]'
        problems.append(
            f"`{path}` must be a {'' if may_be_empty else 'non-empty '}list of strings, e.g. {example}"
        )
        return _INVALID
    if hint is bool:
        if isinstance(value, bool):
            return value
        problems.append(f"`{path}` must be true or false {_got(path, value)}")
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        problems.append(f"`{path}` must be a whole number ≥ 0 {_got(path, value)}")
    elif hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value)
        problems.append(f"`{path}` must be a number ≥ 0 {_got(path, value)}")
    elif hint is str:
        if isinstance(value, str):
            return value
        problems.append(f"`{path}` must be a string in quotes {_got(path, value)}")
    elif hint is Path:
        if isinstance(value, str) and value:
            p = Path(value).expanduser()
            return p if p.is_absolute() else (base / p)
        problems.append(f"`{path}` must be a path in quotes {_got(path, value)}")
    else:  # pragma: no cover - a schema field of a type this walker does not know
        raise TypeError(f"unsupported config type {hint} for {path}")
    return _INVALID


def _cross_checks(config: Config, data: dict[str, Any]) -> list[str]:
    """Rules that involve more than one key."""
    problems: list[str] = []
    if "account" in data or "accounts" in data:
        multiple = "accounts" in data
        for i, account in enumerate(config.accounts):
            where = f"accounts[{i}]" if multiple else "account"
            raw = (
                data["accounts"][i]
                if multiple and isinstance(data["accounts"], list)
                else data.get("account", {})
            )
            problems.extend(_account_problems(account, where, raw if isinstance(raw, dict) else {}))
    if config.schedule.poll_interval_seconds < 5:
        problems.append("`schedule.poll_interval_seconds` must be at least 5 (be kind to your mail server)")
    t = config.classifier.threshold
    if t is not None and not 0.0 < t < 1.0:
        problems.append(f"`classifier.threshold` must be between 0 and 1 (got {t})")
    if config.classifier.model is not None and not config.classifier.model.is_file():
        problems.append(
            f"`classifier.model`: no model file at {config.classifier.model} — "
            "remove the key to use the shipped model, or run `rejection-watcher train`"
        )
    unknown_stages = [st for st in config.drafts.stages if st not in STAGES]
    if unknown_stages:
        problems.append(
            f"`drafts.stages` has {', '.join(map(repr, unknown_stages))}; the stages are "
            + ", ".join(f'"{st}"' for st in STAGES)
        )
    if config.drafts.max_age_days < 1:
        problems.append("`drafts.max_age_days` must be at least 1")
    training = config.training
    if training.schedule != "off" and not (training.rejection_folders and training.other_folders):
        problems.append(
            "`training.schedule` retrains from your labelled folders: set both "
            '`training.rejection_folders` and `training.other_folders`, or schedule = "off"'
        )
    if training.min_per_class < 5:
        problems.append("`training.min_per_class` must be at least 5 (cross-validation needs them)")
    problems.extend(_notify_problems(config.notify))
    if config.identity.email and "@" not in config.identity.email:
        problems.append(f"`identity.email` must be an email address (got {config.identity.email!r})")
    return problems


def _notify_problems(notify: NotifyConfig) -> list[str]:
    """The command is an argv list; its placeholders are known ones; the program is not from mail."""
    problems = []
    known = ", ".join(f"{{{p}}}" for p in NOTIFY_PLACEHOLDERS)
    for arg in notify.command:
        unknown = [p for p in re.findall(r"\{(\w+)\}", arg) if p not in NOTIFY_PLACEHOLDERS]
        if unknown:
            problems.append(f"`notify.command` has {{{unknown[0]}}} in {arg!r}; the placeholders are {known}")
    if notify.command and re.search(r"\{\w+\}", notify.command[0]):
        problems.append(
            "`notify.command`: the program (the first item) cannot be a placeholder; name it, "
            'e.g. command = ["notify-send", "--", "Draft ready: {subject}", "{company}"]'
        )
    if not 0 < notify.timeout_seconds <= 300:
        problems.append(
            f"`notify.timeout_seconds` must be more than 0 and at most 300 (got {notify.timeout_seconds:g})"
        )
    return problems


def _account_problems(acct: AccountConfig, where: str, raw: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if bool(acct.host) == (acct.maildir is not None):
        problems.append(
            f"`[{where}]` needs exactly one of `host` (an IMAP server) or `maildir` (a local Maildir)"
        )
    if acct.host:
        if not acct.username:
            problems.append(
                f'missing key `{where}.username` — the login name, e.g. username = "jane@example.com"'
            )
        sources = [acct.password_env, acct.password_command, acct.password_keyring, acct.oauth2_token_command]
        given = sum(bool(x) for x in sources)
        if given > 1 or (given == 0 and "password" not in raw):
            problems.append(
                f"`[{where}]` needs exactly one of `password_env` (an environment variable name), "
                '`password_command` (e.g. "pass show mail/me"), `password_keyring = true`, or '
                "`oauth2_token_command` (for Gmail/Microsoft OAuth2); the password never goes in this file"
            )
        if acct.password_env and not ENV_NAME.fullmatch(acct.password_env):
            problems.append(
                f"`{where}.password_env` must be the name of an environment variable (letters, digits "
                'and _, not starting with a digit), e.g. password_env = "MAIL_PASSWORD", which you then '
                "export with the password — not the password itself (its value is not shown here)"
            )
        if acct.password_in_clear and not acct.allow_insecure:
            problems.append(
                f'`{where}.security = "plain"` sends your password unencrypted to {acct.host} — '
                f'use "ssl" or "starttls", or set `{where}.allow_insecure = true` if you really mean it'
            )
        if acct.ca_file is not None and not acct.ca_file.is_file():
            problems.append(f"`{where}.ca_file`: no file at {acct.ca_file}")
        if not 0 < acct.effective_port < 65536:
            problems.append(f"`{where}.port` must be between 1 and 65535 (got {acct.port})")
    if "password" in raw:
        problems.append(
            f"`{where}.password` is not allowed: the password never goes in this file — remove it and "
            'say where it comes from instead: `password_env = "VAR"` (an environment variable holding '
            'it), `password_command = "pass show mail/me"`, or `password_keyring = true` (then '
            "`rejection-watcher auth set`)"
        )
    if acct.max_message_bytes < 10_000:
        problems.append(f"`{where}.max_message_bytes` must be at least 10000")
    if acct.fetch_batch_size < 1:
        problems.append(f"`{where}.fetch_batch_size` must be at least 1")
    if acct.timeout_seconds <= 0:
        problems.append(f"`{where}.timeout_seconds` must be more than 0")
    return problems


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, where plain IMAP cannot be sniffed."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: The environment variable a starter config (`rejection-watcher init`) reads the password from.
STARTER_PASSWORD_ENV = "REJECTION_WATCHER_PASSWORD"


def starter_config(
    *,
    host: str,
    username: str,
    name: str,
    email: str,
    security: Security = "ssl",
    password_command: str = "",
    password_keyring: bool = False,
) -> str:
    """The text of a starter config for `rejection-watcher init`: one IMAP account, an identity,
    and the defaults for everything else, with a comment where a choice is worth making.

    It never holds a password: the password source is `password_command`, the keyring, or (by
    default) the environment variable STARTER_PASSWORD_ENV. Values are written as TOML strings
    with JSON's escaping, which TOML's basic strings share, so any name or host round-trips.
    """

    def q(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    if password_command:
        source = f"password_command = {q(password_command)}"
    elif password_keyring:
        source = "password_keyring = true            # stored with `rejection-watcher auth set`"
    else:
        source = (
            f"password_env = {q(STARTER_PASSWORD_ENV)}   # export {STARTER_PASSWORD_ENV}=... before running"
        )
    return f"""\
# rejection-watcher configuration, written by `rejection-watcher init`.
# Every key, and the sections left out here, are explained in config.example.toml (beside
# README.md in the source). A misspelt key is an error that suggests the right one.

[account]
host = {q(host)}
# "ssl" (port 993), "starttls" (port 143) or "plain" (loopback only unless allow_insecure = true).
security = {q(security)}
username = {q(username)}
# Where the password comes from: never from this file. Exactly one of password_env,
# password_command (e.g. "pass show mail/me"), password_keyring = true, oauth2_token_command.
{source}
folders = ["INBOX"]

[identity]
# You, as the drafts are signed.
name = {q(name)}
email = {q(email)}
"""
