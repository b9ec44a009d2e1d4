"""A Ctrl-C or SIGTERM that the interpreter swallowed, remembered until the build can act on it.

Why: a signal handler's ``KeyboardInterrupt`` raised while Python runs a callback it shields —
the import machinery's module-lock weakref callbacks are one — is reported as "Exception
ignored" and dropped; the build would then run on and replace the previous outputs. The CLI
routes such unraisable interrupts here (:func:`swallowed`), and the build checks
:func:`raise_if_requested` before it replaces anything.
"""

from __future__ import annotations

_requested = False


def swallowed() -> None:
    """Record an interrupt the interpreter could not raise."""
    global _requested
    _requested = True


def clear() -> None:
    """Forget any earlier request (a new command starts)."""
    global _requested
    _requested = False


def raise_if_requested() -> None:
    """Raise the interrupt that was swallowed, if one was."""
    if _requested:
        raise KeyboardInterrupt
