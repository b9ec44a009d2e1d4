"""A plain (non-editable) install works: the wheel carries every file read at run time.

Why: an editable install finds ``ontology/`` beside the source tree; a wheel,
pipx or a package index install has no source tree, so a file left out of the
wheel breaks every user but the developers. The slow test builds the wheel,
installs it into a fresh virtual environment (no system site-packages, no
checkout on the path) and runs the commands a new user would, from a folder
outside the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app
from kg.resources import ENV_VAR, ontology_dir

ROOT = Path(__file__).resolve().parent.parent

# what a copy of the checkout leaves out (build products, outputs, corpora, caches)
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", "build", "dist", "*.egg-info", "output", "bench", "corpus", "__pycache__", ".*_cache", ".hypothesis"
)


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    """pyproject lists packages by name (to map ontology/ to kg/ontology): a new one must be added."""
    tomllib = pytest.importorskip("tomllib")  # Python >= 3.11
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "kg").rglob("__init__.py")
    }
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages"
    assert config["tool"]["setuptools"]["package-dir"] == {"kg.ontology": "ontology"}


def test_ontology_option_points_at_a_users_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--ontology DIR (like CHOUMA_ONTOLOGY) replaces the shipped files, queries included."""
    mine = tmp_path / "my-ontology"
    shutil.copytree(ontology_dir(), mine)
    (mine / "queries" / "my-question.rq").write_text(
        "# How many triples are there?\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8"
    )
    monkeypatch.delenv(ENV_VAR, raising=False)
    result = CliRunner().invoke(app, ["--ontology", str(mine), "query", "--list"])
    assert result.exit_code == 0, result.output
    assert "my-question" in result.output and "How many triples are there?" in result.output
    assert os.environ[ENV_VAR] == str(mine.resolve())


def test_ontology_option_refuses_a_folder_without_the_ontology(tmp_path: Path) -> None:
    (tmp_path / "shapes.ttl").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["--ontology", str(tmp_path), "query", "--list"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {tmp_path}: not an ontology directory (missing chouma.ttl, context.jsonld)"
    ]


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    """Build the wheel, install it into a fresh venv, run build/validate/query from elsewhere."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=_NOT_SOURCE)  # building never touches the checkout
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)], cwd=tmp_path)
    (wheel,) = dist.glob("chouma-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted(p for p in (ROOT / "ontology").rglob("*") if p.is_file()):
        assert "kg/ontology/" + path.relative_to(ROOT / "ontology").as_posix() in names
    metadata = zipfile.ZipFile(wheel).read(f"chouma-{__version__}.dist-info/METADATA").decode("utf-8")
    for field in ("Summary:", "License-Expression: MIT", "Project-URL:", "Keywords:", "Classifier:"):
        assert field in metadata

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    _run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path)

    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "news")
    env = {k: v for k, v in os.environ.items() if k not in (ENV_VAR, "PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    kg = str(bindir / "kg")
    assert _run([kg, "--version"], work, env).strip() == f"kg (chouma) {__version__}"
    located = _run([str(bindir / "python"), "-c", "import kg.resources as r; print(r.ontology_dir())"], work, env)
    assert Path(located.strip()).is_relative_to(venv), located

    _run([kg, "build", "news", "-o", "out", "--jobs", "1"], work, env)
    for name in ("graph.ttl", "graph.jsonld", "graph.nt", "graph.trig"):
        assert (work / "out" / name).read_bytes() == (ROOT / "output" / name).read_bytes(), name
    assert _run([kg, "validate", "out/graph.ttl"], work, env).startswith("conforms")
    listed = _run([kg, "query", "--list"], work, env)
    shipped = sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq"))
    assert sorted(line.split()[0] for line in listed.splitlines()) == shipped
    table = _run([kg, "query", "leverage", "--graph", "out/graph.ttl"], work, env)
    rows = re.search(r"\((\d+) rows?\)", table)
    assert rows and int(rows.group(1)) > 0, table
