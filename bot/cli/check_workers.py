"""`check --jsonl --jobs N`: batches of lines scored in N worker processes, answers in order.

One process scores about 24,000 messages a second (issue 8 asks for 30,000 through a
pipe). The scorer is built once in the parent; where `fork` exists the workers share
that copy, frozen out of the garbage collector's way (`tune_for_scoring`): forking two
and their first answers took 50-65 ms, closing them 20-30 ms (2026-12-05). Until a
batch is large enough to be worth it, lines are scored here, in this process, so a
short input or a person typing never starts a pool.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TextIO

from bot.cli.jsonl_stream import line_batches, stream_jsonl, verdict_lines
from bot.core.collector import tune_for_scoring
from bot.core.scoring.scorer import Scorer, ScorerConfig

POOL_START_LINES = 256
POOL_START_CHARS = 16_384
"""A batch this long (in lines or characters) starts the pool, and is cut into one part
per worker: more is likely waiting in the pipe, and a part's hand-over costs far less
than scoring it. Shorter batches go to one worker whole."""
IN_FLIGHT_PER_JOB = 4
"""Parts sent ahead per worker: enough to keep each busy, bounded so a slow reader of
our output does not make us read all of stdin into memory."""

# The worker's scorer and flags: set by `_start_worker` in each worker process.
_worker_scorer: Scorer | None = None
_worker_flags: dict[str, bool] = {}


class _RawStdin:
    """stdin read straight from its descriptor. The reader thread may still be blocked in
    a read when the process exits (`| head`); on `sys.stdin.buffer` it would hold that
    object's lock, and Python aborts at shutdown trying to close it."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def read1(self, size: int, /) -> bytes:
        return os.read(self._fd, size)


def _start_worker(scorer: Scorer | ScorerConfig, flags: dict[str, bool]) -> None:
    """Take the parent's scorer (fork), or build the same one (spawn). Ctrl-C reaches the
    whole process group: the parent alone handles it and then stops the workers."""
    global _worker_scorer, _worker_flags
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if isinstance(scorer, ScorerConfig):
        scorer = Scorer(scorer)
        tune_for_scoring()
    _worker_scorer, _worker_flags = scorer, flags


def _score_part(lines: list[str]) -> str:
    """One part's verdict lines, joined, in a worker."""
    assert _worker_scorer is not None, "worker started without _start_worker"
    return verdict_lines(_worker_scorer, lines, **_worker_flags)


def _large(batch: list[str]) -> bool:
    return len(batch) >= POOL_START_LINES or sum(map(len, batch)) >= POOL_START_CHARS


def _parts(batch: list[str], jobs: int) -> Iterator[list[str]]:
    """A large batch cut into `jobs` parts, so every worker gets some; a small one whole."""
    count = min(jobs, len(batch)) if _large(batch) else 1
    step = max(1, -(-len(batch) // count))
    for start in range(0, len(batch), step):
        yield batch[start : start + step]


def stream_jsonl_jobs(
    scorer: Scorer, config: ScorerConfig, out: TextIO, *, jobs: int, **flags: bool
) -> int:
    """`stream_jsonl` over stdin with `jobs` workers; the same bytes out. Returns the exit code."""
    batches = line_batches(_RawStdin(sys.stdin.fileno()))
    for batch in batches:
        if not _large(batch):
            stream_jsonl(scorer, [batch], out, **flags)
            continue
        try:
            _pooled(scorer, config, batch, batches, out, jobs=jobs, flags=flags)
        except BrokenProcessPool as error:
            print(
                f"kindness-bot check: a worker process stopped unexpectedly ({error}); "
                "answers after the last one written are missing",
                file=sys.stderr,
            )
            return 1
        break
    return 0


def _pooled(
    scorer: Scorer,
    config: ScorerConfig,
    first: list[str],
    rest: Iterator[list[str]],
    out: TextIO,
    *,
    jobs: int,
    flags: dict[str, bool],
) -> None:
    """Score `first` and the rest in a pool: a thread reads and sends parts, this one writes
    their answers as each comes back, in order, flushed at once."""
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    shared: Scorer | ScorerConfig = scorer if context.get_start_method() == "fork" else config
    window = threading.Semaphore(IN_FLIGHT_PER_JOB * jobs)
    answers: queue.SimpleQueue[Future[str] | BaseException | None] = queue.SimpleQueue()
    stop = threading.Event()
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(shared, flags)
    ) as pool:

        def send(batch: list[str]) -> None:
            for part in _parts(batch, jobs):
                window.acquire()
                answers.put(pool.submit(_score_part, part))

        def read_and_send() -> None:
            try:
                for batch in rest:
                    if stop.is_set():
                        return
                    send(batch)
            except BaseException as error:  # handed to the writing thread
                answers.put(error)
            else:
                answers.put(None)

        send(first)  # forks the workers here, before this module starts a thread
        reader = threading.Thread(target=read_and_send, name="check-stdin", daemon=True)
        reader.start()  # a daemon: it may be blocked on stdin when we stop (`| head`)
        try:
            while (answer := answers.get()) is not None:
                if isinstance(answer, BaseException):
                    raise answer
                out.write(answer.result())
                out.flush()
                window.release()
        finally:
            stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
