"""Reading JSON-lines input in batches and writing the verdicts: `check --jsonl`'s stream,
shared by the in-process path (check.py) and the worker processes (check_workers.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Protocol, TextIO

from bot.core.scoring.scorer import CLEAN, Scorer


class Reads1(Protocol):
    """What `line_batches` reads from: a buffered stdin, or a lock-free one (check_workers)."""

    def read1(self, size: int, /) -> bytes: ...


def line_batches(stream: Reads1, size: int = 1 << 16) -> Iterator[list[str]]:
    """The complete lines that have arrived, one batch per read (bad UTF-8 replaced).

    `read1` returns what is already there without waiting for more, so a caller
    typing one line at a time gets each answer at once, while a bulk pipe arrives
    in large batches and its answers go out in large writes. A batch is decoded in
    one call: a newline byte never sits inside a UTF-8 sequence, so this equals
    decoding line by line.
    """
    pending = b""
    while chunk := stream.read1(size):
        pending += chunk
        cut = pending.rfind(b"\n")
        if cut >= 0:
            yield _lines(pending[:cut].decode("utf-8", errors="replace"))
            pending = pending[cut + 1 :]
    if pending:
        yield _lines(pending.decode("utf-8", errors="replace"))


def _lines(block: str) -> list[str]:
    lines = block.split("\n")
    if "\r" in block:
        lines = [line.rstrip("\r") for line in lines]
    return lines


# Most lines hold no hostile word at all and share the scorer's one CLEAN verdict.
_CLEAN_LINE = json.dumps(CLEAN.to_json_dict()) + "\n"


def verdict_lines(
    scorer: Scorer,
    batch: list[str],
    *,
    mentions_someone: bool = False,
    is_reply: bool = False,
    profanity_ok: bool = False,
) -> str:
    """The JSON verdicts of a batch of lines, joined, so the batch goes out in one write."""
    score = scorer.score
    mention, reply, swearing_ok = mentions_someone, is_reply, profanity_ok
    verdicts = (
        map(score, batch)  # the usual run: a C-level map, no keywords
        if not (mention or reply or swearing_ok)
        else (
            score(line, mentions_someone=mention, is_reply=reply, profanity_ok=swearing_ok)
            for line in batch
        )
    )
    return "".join([_CLEAN_LINE if v is CLEAN else v.to_json_line() + "\n" for v in verdicts])


def stream_jsonl(scorer: Scorer, batches: Iterable[list[str]], out: TextIO, **flags: bool) -> int:
    """Score each batch of lines and write their JSON verdicts, flushed once per batch."""
    count = 0
    for batch in batches:
        out.write(verdict_lines(scorer, batch, **flags))
        out.flush()  # answers for everything that has arrived, before waiting for more
        count += len(batch)
    return count
