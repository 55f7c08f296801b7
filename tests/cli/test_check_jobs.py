"""`kindness-bot check --jsonl --jobs N`, through real subprocesses: same bytes as one process,
answers while typing, a quiet `| head`, a clear error when a worker dies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

import pytest

from bot.cli.entry import main

_CLI = [sys.executable, "-m", "bot", "check", "--jsonl"]
_PROC = Path("/proc")
needs_proc = pytest.mark.skipif(not (_PROC / "self" / "stat").exists(), reason="reads /proc")

_LINES = [
    b"you idiot",
    b"you are a stuuupid 1d10t",
    b"that was fucking awesome",
    b"have a nice day",
    b"sei un idiota",
    b"le ragazze? zitte e in cucina",
    b"k y s",
    b"the Scunthorpe assassin drank a cocktail",
    b"\xff\xfe broken utf-8 you moron",
    b"nul \x00 inside, idiot",
    b"\xed\xa0\x80 a lone surrogate, encoded",
    b"\xc3",  # a cut sequence
    b"you idiot\r",  # CRLF
    b"",
    b"\r",
    b"you idiot " * 1000,  # 10,000 characters
    "Y\u043eu \u0430r\u0435 \u0430 l\u043e\u043e\u043e\u043es\u0435r \u200b".encode(),
]


def _payload(count: int, seed: int) -> bytes:
    """`count` lines drawn from the hostile, clean and broken ones, no newline at the end."""
    rng = random.Random(seed)
    return b"\n".join(rng.choice(_LINES) for _ in range(count))


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (from /proc)."""
    found = set()
    for stat in _PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # it ended meanwhile
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _gone(pids: set[int], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any((_PROC / str(pid)).exists() for pid in pids):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize(
    "flags",
    [[], ["--mention", "--reply", "--profanity-ok"], ["--languages", "it", "--threshold", "0.3"]],
)
def test_two_jobs_write_the_same_bytes_as_one(flags: list[str]) -> None:
    payload = _payload(4000, seed=len(flags))
    one, two = (
        subprocess.run(
            [*_CLI, *flags, "--jobs", jobs],
            input=payload,
            capture_output=True,
            timeout=600,
            check=True,
        )
        for jobs in ("1", "2")
    )
    assert two.stderr == b""
    assert one.stdout.count(b"\n") == 4000
    assert two.stdout == one.stdout


def _readline(pool: ThreadPoolExecutor, stream: IO[str]) -> str:
    return pool.submit(stream.readline).result(timeout=60)


@needs_proc
def test_two_jobs_answer_each_typed_line_at_once() -> None:
    proc = subprocess.Popen(
        [*_CLI, "--jobs", "2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        with ThreadPoolExecutor(1) as reader:
            # 4,000 lines of 10 bytes: any read of 4 KiB holds enough to start the workers
            proc.stdin.write("you idiot\nhi there!\n" * 2000)
            proc.stdin.flush()
            answers = [_readline(reader, proc.stdout) for _ in range(4000)]
            assert [a.startswith('{"hostile": true') for a in answers[:2]] == [True, False]
            assert len(_children(proc.pid)) == 2  # the workers are answering
            for line, hostile in [("you moron", "true"), ("nice game", "false")] * 3:
                proc.stdin.write(line + "\n")
                proc.stdin.flush()  # one line, then wait for its answer with stdin still open
                assert _readline(reader, proc.stdout).startswith(f'{{"hostile": {hostile}')
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()


@needs_proc
def test_an_early_close_like_head_exits_quietly_and_leaves_no_workers(tmp_path: Path) -> None:
    source = tmp_path / "lines.txt"
    source.write_bytes(_payload(50_000, seed=7) + b"\n")
    with source.open("rb") as stdin:
        proc = subprocess.Popen(
            [*_CLI, "--jobs", "2"], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
    assert proc.stdout is not None and proc.stderr is not None
    for _ in range(5):
        assert proc.stdout.readline().startswith(b'{"hostile"')
    workers = _children(proc.pid)
    proc.stdout.close()  # as `head -n 5` does
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""
    assert len(workers) == 2
    assert _gone(workers)


@needs_proc
def test_a_killed_worker_is_a_clear_error_not_a_hang() -> None:
    proc = subprocess.Popen(
        [*_CLI, "--jobs", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        with ThreadPoolExecutor(1) as reader:
            proc.stdin.write("you idiot\nhi there!\n" * 2000)
            proc.stdin.flush()
            for _ in range(4000):
                _readline(reader, proc.stdout)
        workers = _children(proc.pid)
        os.kill(min(workers), signal.SIGKILL)
        try:
            proc.stdin.write("you idiot\n" * 5000)
            proc.stdin.close()
        except BrokenPipeError:  # it may have stopped reading already
            pass
        proc.stdout.read()
        assert proc.wait(timeout=120) == 1
        assert "a worker process stopped unexpectedly" in proc.stderr.read()
        assert _gone(workers)
    finally:
        proc.kill()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "must be at least 1 (1 scores in this process), not 0"),
        ("two", "a whole number of at least 1, not 'two'"),
    ],
)
def test_fewer_than_one_job_is_refused(
    value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--jsonl", "--jobs", value])
    assert exited.value.code == 2
    assert f"argument --jobs: {message}" in capsys.readouterr().err


def test_jobs_changes_nothing_for_one_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--jobs", "2", "you idiot"]) == 0
    assert capsys.readouterr().out.startswith("HOSTILE")
