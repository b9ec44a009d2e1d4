"""Named exceptions raised by the library; the CLI turns each into a one-line message."""

from __future__ import annotations


class ChoumaError(Exception):
    """Base class of every error the library reports to a user."""


class InputError(ChoumaError):
    """An input path or document cannot be read."""


class DecodeError(InputError):
    """A file's bytes are not text in any supported encoding."""


class MalformedLineError(InputError):
    """A JSONL line is not a JSON object with a text field."""


class NoDocumentsError(InputError):
    """The given paths hold no readable documents."""


class LexiconError(ChoumaError):
    """A lexicon file in ontology/ is malformed."""


class OutputError(ChoumaError):
    """An output file or directory cannot be written."""


class GoldError(ChoumaError):
    """A gold annotation file is malformed."""


class QueryError(ChoumaError):
    """A SPARQL query is malformed, refused or failed."""


class EndpointError(ChoumaError):
    """A SPARQL endpoint is unreachable or answered with an error."""


class ValidationError(ChoumaError):
    """A graph does not conform to the SHACL shapes."""


class MissingExtraError(ChoumaError):
    """An optional dependency is not installed; the message names the pip command."""


class SchedulerError(ChoumaError):
    """A Dask scheduler is unreachable or lost a worker during a distributed build."""


class UsageError(ChoumaError):
    """An option has a value the library does not support (e.g. an unknown label language)."""
