"""Two groups of writers at once: one in a forked child process, the other in this one.

Why: once the graph is built, the exports are independent of each other and
were a third of a 10,000-document build, run one after another on one core
while the other core idled. A forked child shares the finished graph (and the
sorted quads) without copying or pickling anything, writes its files into the
same staging folder, and reports only success or an error message.

Why fork and not a pool: the work is two large string builds from data the
parent already holds; sending that data to a fresh process would cost more
than writing it. Fork is used only where it is safe: on POSIX, from a process
running no other thread (a forked copy of a lock held by another thread could
hang the child). Everywhere else the groups run one after the other, with the
same files as the result.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import traceback
from collections.abc import Callable, Sequence
from contextlib import suppress

from kg.errors import OutputError

Writer = Callable[[], object]


def can_fork() -> bool:
    """Whether a child can safely be forked here (POSIX, this process runs one thread)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def run_writers(child: Sequence[Writer], here: Sequence[Writer], *, parallel: bool) -> None:
    """Run ``child`` and ``here`` (each in order); with ``parallel``, ``child`` in a forked process.

    An exception in the child is raised here (the same exception, sent back
    pickled) once this process's own writers have finished; an exception here
    stops the child before it is raised.
    """
    if not parallel or not child or not can_fork():
        for write in (*child, *here):
            write()
        return
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write, report, and leave without running the parent's cleanup
        os.close(read_end)
        status = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt stops
            for write in child:
                write()
        except BaseException as exc:  # everything must reach the parent
            status = 1
            _send(write_end, exc)
        finally:
            os.close(write_end)
            os._exit(status)
    os.close(write_end)
    try:
        for write in here:
            write()
    except BaseException:
        _stop(pid)
        os.close(read_end)
        raise
    with os.fdopen(read_end, "rb") as fh:
        report = fh.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise _received(report, status)


def _send(fd: int, exc: BaseException) -> None:
    """The child's exception to the parent: pickled (it is our own process), else its traceback."""
    try:
        payload = pickle.dumps(exc)
    except Exception:  # an exception holding something unpicklable
        payload = pickle.dumps(OutputError("".join(traceback.format_exception(exc)).strip()))
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view) :]


def _received(report: bytes, status: int) -> BaseException:
    """The exception the child sent, so the caller handles it as if raised here."""
    try:
        exc = pickle.loads(report)  # written by our own forked child, never read from elsewhere
    except Exception:
        return OutputError(f"an export process failed (status {status})")
    return exc if isinstance(exc, BaseException) else OutputError(str(exc))


def _stop(pid: int) -> None:
    """End the child and reap it (its half-written temporary files are removed with the staging folder)."""
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
