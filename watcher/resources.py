"""Where the shipped model, corpus and templates are, installed or in a source checkout.

A wheel carries them inside the package as `watcher/_data/{models,templates}`; a source
checkout (or an editable install) has them at the repository root. Nothing else should know.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
MODEL_FILENAME = "rejection-model.skops"


def data_dir(name: str) -> Path:
    """The shipped `models` or `templates` directory."""
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def shipped_model() -> Path:
    return data_dir("models") / MODEL_FILENAME


def shipped_corpus() -> Path:
    return data_dir("models") / "corpus"


def shipped_templates() -> Path:
    return data_dir("templates")
