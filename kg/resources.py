"""Where the files read at run time live: the ontology, shapes, lexicon, JSON-LD context, queries.

Why a module of its own: a wheel, pipx or a package index install has no
source tree beside it, so these files ship inside the package as
``kg/ontology/`` (``pyproject.toml`` maps the top-level ``ontology/``, the one
source of truth, to that package data) and are found with
:mod:`importlib.resources`. An editable install or a checkout on
``PYTHONPATH`` has no ``kg/ontology/``; there the checkout's ``ontology/`` is
used. A user's own edited copy wins over both: ``CHOUMA_ONTOLOGY=DIR`` or
``kg --ontology DIR`` (which sets that variable, so worker processes see it
too).

Every caller asks here at call time, never at import time, so changing the
variable before a command runs is enough.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import InputError

ENV_VAR = "CHOUMA_ONTOLOGY"

#: files a usable ontology directory must hold (``queries/`` is checked on use)
REQUIRED = ("chouma.ttl", "shapes.ttl", "context.jsonld")


@lru_cache(maxsize=1)
def packaged_dir() -> Path | None:
    """``kg/ontology`` inside the installed package, or None (editable install, checkout).

    Remembered for the process: the installed package does not move while it
    runs, and asking :mod:`importlib.resources` cost ~0.2 ms, paid twice per
    claim by the date resolution (2 s of a 1,000-document build).
    """
    root = resources.files("kg").joinpath("ontology")
    if root.is_dir():
        return Path(str(root))
    return None


@lru_cache(maxsize=1)
def _checkout_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "ontology"


def ontology_dir() -> Path:
    """The ontology directory in use: ``$CHOUMA_ONTOLOGY``, else the packaged copy, else the checkout's."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return packaged_dir() or _checkout_dir()


def check_ontology_dir(directory: Path | str) -> Path:
    """``directory`` when it looks like an ontology folder; InputError naming what is missing."""
    path = Path(directory)
    if not path.is_dir():
        raise InputError(f"{path}: no such ontology directory")
    missing = [name for name in REQUIRED if not (path / name).is_file()]
    if missing:
        raise InputError(f"{path}: not an ontology directory (missing {', '.join(missing)})")
    return path


def ontology_file(name: str) -> Path:
    """A file of the ontology directory in use (``shapes.ttl``, ``context.jsonld`` ...)."""
    return ontology_dir() / name


def queries_dir() -> Path:
    """The shipped SPARQL queries (``queries/*.rq`` of the ontology directory in use)."""
    return ontology_dir() / "queries"
