"""The kg command line, run in process: help, version, exact messages."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app

runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"kg (chouma) {__version__}\n"


def test_python_dash_m_kg_is_the_same_command() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False)
    assert (out.returncode, out.stdout) == (0, f"kg (chouma) {__version__}\n")


@pytest.mark.parametrize("command", _commands())
def test_every_command_help_ends_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = re.sub(r"[│╭╮╰╯─]", " ", result.output)
    examples = re.findall(r"Example: (kg [^\n]+)", text)
    assert examples, f"kg {command} --help shows no example"
    assert examples[0].split()[1] == command


def test_build_refuses_an_unknown_label_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["build", str(tmp_path), "--lang", "fr"])
    assert result.exit_code == 2
    assert result.output == "Error: --lang 'fr' is not one of en, zh-Hant, zh-Hans\n"


def test_eval_of_a_missing_gold_file_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path / 'nope.json'}: gold file not found\n"
