"""The layering the README promises, checked on the source: the core (parse, classify, decide,
render, the pass, follow-ups, training) imports no adapter, no sqlite3, imapclient or
apscheduler — directly or through another watcher module. It reaches the ledger and the mailbox
only through their ports (watcher/ledger.py, watcher/mailbox.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "watcher"

#: A package name covers its modules, except those listed among the adapters ("training.run").
CORE = (
    *("message", "classify", "features", "context", "reply", "service", "batch", "followup", "training"),
    "stages",
)
#: Modules that touch the outside world (files, sockets, processes, config) or wire it together.
ADAPTERS = frozenset(
    {
        "state",
        "imap",
        "maildir",
        "modelstore",
        "config",
        "credentials",
        "paths",
        "lock",
        "sdnotify",
        "app",
        "cli",
        "commands",
        "logsetup",
        "checks",
        "daemon",
        "demo",
        "training.run",
        "training.examples",
        "training.sources",
    }
)
FORBIDDEN_LIBRARIES = frozenset({"sqlite3", "imapclient", "apscheduler"})
#: Known edges still to be cut, each with its reason. Keep this list short; a new entry needs one.
ALLOWED = {
    # Classifier.from_file loads the model file through modelstore; moving that loading to the
    # wiring (app.build_classifier) makes classify pure. Part of the training package work.
    ("classify", "modelstore"),
}


def module_file(name: str) -> Path:
    path = PACKAGE.joinpath(*name.split("."))
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def imports(name: str) -> set[str]:
    """The modules `watcher.<name>` imports: watcher-internal ones by their name inside the
    package ("state", "context.names"), others by their top-level name ("sqlite3")."""
    path = module_file(name)
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                found.add(".".join(parts[1:]) if parts[0] == "watcher" else parts[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "watcher":
                    found.add(parts[0])
                    continue
                base = parts[1:]
            else:
                base = package[: len(package) - (node.level - 1)] + (node.module or "").split(".")
                base = [b for b in base if b]
            for alias in node.names:  # `from . import x` may name a module
                candidate = [*base, alias.name]
                found.add(
                    ".".join(candidate) if module_file(".".join(candidate)).exists() else ".".join(base)
                )
    return {f for f in found if f}


def reachable(start: str) -> dict[str, list[str]]:
    """Every module `start` imports, directly or not, with one path to it (skipping ALLOWED edges)."""
    paths: dict[str, list[str]] = {start: [start]}
    todo = [start]
    while todo:
        current = todo.pop()
        for target in imports(current):
            if (current.split(".")[0], target.split(".")[0]) in ALLOWED or target in paths:
                continue
            paths[target] = [*paths[current], target]
            if module_file(target).exists():
                todo.append(target)
    return paths


def is_adapter(module: str) -> bool:
    """An adapter module: listed itself ("training.run") or inside a listed package ("commands.x")."""
    return module in ADAPTERS or module.split(".")[0] in ADAPTERS


def core_modules() -> list[str]:
    found = []
    for name in CORE:
        if (PACKAGE / name).is_dir():
            found += [
                f"{name}.{p.stem}" if p.stem != "__init__" else name for p in (PACKAGE / name).glob("*.py")
            ]
            found = [f for f in found if not is_adapter(f)]
        elif module_file(name).exists():
            found.append(name)
    return sorted(found)


@pytest.mark.parametrize("module", core_modules())
def test_the_core_imports_no_adapter(module: str) -> None:
    for target, path in reachable(module).items():
        assert not is_adapter(target) and target.split(".")[0] not in FORBIDDEN_LIBRARIES, (
            f"watcher.{module} imports {target} (via {' → '.join(path)}): the core must reach the "
            "outside world only through a port (ledger.Ledger, mailbox.Mailbox) given to it"
        )


def test_the_checker_sees_a_violation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above would fail if service imported the SQLite ledger again."""
    fake = tmp_path / "watcher"
    fake.mkdir()
    (fake / "service.py").write_text("from .state import SqliteLedger\n")
    (fake / "state.py").write_text("import sqlite3\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    assert "state" in reachable("service") and "sqlite3" in reachable("service")


def test_the_pure_training_modules_are_core_and_the_readers_are_not() -> None:
    core = core_modules()
    assert {"training", "training.model", "training.promotion", "training.report"} <= set(core)
    assert not {"training.run", "training.examples", "training.sources"} & set(core)


def test_a_core_training_module_may_not_import_the_training_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An adapter inside a core package is caught too: the model importing training.run."""
    fake = tmp_path / "watcher"
    (fake / "training").mkdir(parents=True)
    (fake / "training" / "__init__.py").write_text("")
    (fake / "training" / "model.py").write_text("from .run import run_training\n")
    (fake / "training" / "run.py").write_text("from ..state import SqliteLedger\n")
    (fake / "state.py").write_text("import sqlite3\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", fake)
    found = reachable("training.model")
    assert "training.run" in found and is_adapter("training.run") and "sqlite3" in found
