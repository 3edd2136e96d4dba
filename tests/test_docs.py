"""The docs and the command line cannot drift apart (after sqlite-utils' tests/test_docs.py).

Every `rejection-watcher ...` example in README.md and config.example.toml parses; every command
and option they name exists, on that command; every command is in the README's table; and every
command's `--help` starts with a whole one-line sentence. A documented `--account` that no parser
defined is the bug these tests were written for.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from watcher import cli

ROOT = Path(__file__).resolve().parents[1]
DOCS = {name: (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "config.example.toml")}
PARSER = cli.build_parser()
COMMANDS = cli.subcommands(PARSER)


def options(parser: argparse.ArgumentParser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def code_spans(text: str) -> list[str]:
    """Inline `code`, and each line of the README's ```sh blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    lines = [line for block in blocks for line in block.splitlines()]
    inline = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", re.sub(r"```.*?```", "", text, flags=re.S))
    return lines + inline


def examples(text: str) -> list[str]:
    """The argument lists of every `rejection-watcher ARGS` command in the text."""
    found = []
    for span in code_spans(text):
        for segment in re.split(r"&&|\|\||[|;]", span.split(" #")[0]):
            words = segment.split(maxsplit=1)
            if words and re.fullmatch(r"(?:\S*/)?rejection-watcher", words[0]):
                found.append(words[1].strip() if len(words) > 1 else "")
    return found


def synopses(text: str) -> list[tuple[str, str]]:
    """(command, rest) for inline code that starts with a command's name: `once --dry-run`,
    `train [--add LABEL=PATH]`, the rows of the README's command table."""
    found = []
    for span in code_spans(text):
        words = span.split(maxsplit=1)
        if words and words[0] in COMMANDS:
            found.append((words[0], words[1] if len(words) > 1 else ""))
    return found


ALL_EXAMPLES = [(doc, args) for doc, text in DOCS.items() for args in examples(text)]
ALL_SYNOPSES = [(doc, cmd, rest) for doc, text in DOCS.items() for cmd, rest in synopses(text)]


def test_the_docs_have_examples_to_check() -> None:
    assert len(ALL_EXAMPLES) >= 15 and len(ALL_SYNOPSES) >= 15


@pytest.mark.parametrize(("doc", "args"), ALL_EXAMPLES, ids=[f"{d}: {a}" for d, a in ALL_EXAMPLES])
def test_every_documented_example_parses(doc: str, args: str) -> None:
    argv = shlex.split(args)
    assert argv, f"{doc}: `rejection-watcher` without a command"
    try:
        PARSER.parse_args(argv)
    except SystemExit as exc:
        pytest.fail(f"{doc}: `rejection-watcher {args}` does not parse (exit {exc.code})")


@pytest.mark.parametrize(
    ("doc", "command", "rest"), ALL_SYNOPSES, ids=[f"{d}: {c} {r}" for d, c, r in ALL_SYNOPSES]
)
def test_every_option_in_a_documented_synopsis_exists_on_that_command(
    doc: str, command: str, rest: str
) -> None:
    defined = options(COMMANDS[command])
    for option in re.findall(r"--[a-z][\w-]*", rest):
        assert option in defined, f"{doc}: `{command} {rest}` names {option}, which `{command}` does not take"
    choices = [a.choices for a in COMMANDS[command]._actions if not a.option_strings and a.choices]
    first = rest.split()[0] if rest.split() else ""
    if choices and re.fullmatch(r"[a-z]+", first):
        assert first in choices[0], f"{doc}: `{command} {first}`: {command} takes {sorted(choices[0])}"


def test_every_documented_option_exists() -> None:
    """Options in our commands and in prose (`--config PATH` uses another config file); other
    programs' lines (pip, ruff, systemctl, tests/run) are theirs."""
    defined = options(PARSER).union(*(options(p) for p in COMMANDS.values()))
    for doc, text in DOCS.items():
        for span in code_spans(text):
            first = span.split()[0] if span.split() else ""
            ours = (
                first.startswith("--")
                or first in COMMANDS
                or re.fullmatch(r"(?:\S*/)?rejection-watcher", first)
            )
            for option in re.findall(r"(?<![\w-])--[a-z][\w-]*", span.split(" #")[0]) if ours else []:
                assert option in defined, f"{doc}: `{span}` names {option}, which no command takes"


def test_account_is_taken_by_every_command_that_works_on_accounts() -> None:
    """The README says `--account NAME` limits a command to one account."""
    assert "`--account NAME` limits a command to one account" in " ".join(DOCS["README.md"].split())
    for name in cli.ACCOUNT_COMMANDS:
        assert "--account" in options(COMMANDS[name]), name


def test_every_command_is_in_the_readme_command_table() -> None:
    table = DOCS["README.md"].split("## Commands", 1)[1].split("\n\n", 2)[1]
    listed = {re.match(r"\| `([a-z-]+)", row).group(1) for row in table.splitlines()[2:]}  # type: ignore[union-attr]
    assert listed == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_a_complete_one_line_summary(name: str) -> None:
    doc = (cli.COMMANDS[name].__doc__ or "").strip()
    first_paragraph = doc.split("\n\n")[0]
    assert "\n" not in first_paragraph, f"{name}: the summary runs onto a second line: {first_paragraph!r}"
    assert first_paragraph.endswith("."), f"{name}: the summary stops mid-sentence: {first_paragraph!r}"
    assert len(first_paragraph) <= 100, f"{name}: the summary is too long for `--help`"
    help_line = next(a.help for a in PARSER._subparsers._group_actions[0]._choices_actions if a.dest == name)  # type: ignore[union-attr]
    assert help_line == first_paragraph
