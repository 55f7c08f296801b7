"""`replay --jsonl` on a generated 100,000-message export gives `check --jsonl`'s verdicts.

The export mixes hostile, friendly, profane, Italian and unicode-edge texts, with
mentions, replies, bots and system messages (tests/cli/dce_export.py, seeded). The
scored messages go through `kindness-bot check --jsonl` in a separate process, with
`--mention` or `--reply` where the message had them, and every verdict must be
equal field for field. Takes a few seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli.entry import main
from tests.cli.dce_export import generate, write_export

COUNT = 100_000
VERDICT_FIELDS = ("hostile", "score", "severity", "categories", "target", "terms", "explanation")
FLAG_OPTIONS = {"plain": [], "mention": ["--mention"], "reply": ["--reply"]}


def check_jsonl(texts: list[str], options: list[str]) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--jsonl", *options],
        input="".join(text + "\n" for text in texts).encode(),
        capture_output=True,
        check=True,
        timeout=600,
    )
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def test_replay_and_check_agree_on_every_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kinds: list[tuple[str, str]] = []

    def messages() -> Iterator[dict[str, Any]]:
        for item in generate(COUNT, seed=2026):
            kinds.append((item.flags, item.text))
            yield item.message

    export = tmp_path / "export.json"
    assert write_export(export, messages()) == COUNT
    assert main(["replay", str(export), "--jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == COUNT

    by_flags: dict[str, list[int]] = {flags: [] for flags in FLAG_OPTIONS}
    for index, (flags, _) in enumerate(kinds):
        assert ("skipped" in lines[index]) == (flags == "skip"), index
        if flags != "skip":
            by_flags[flags].append(index)
    assert min(len(v) for v in by_flags.values()) > 4000

    hostile = 0
    for flags, indexes in by_flags.items():
        verdicts = check_jsonl([kinds[i][1] for i in indexes], FLAG_OPTIONS[flags])
        assert len(verdicts) == len(indexes)
        for index, verdict in zip(indexes, verdicts, strict=True):
            replayed = {k: lines[index][k] for k in VERDICT_FIELDS}
            assert replayed == verdict, (index, kinds[index][1])
            hostile += bool(verdict["hostile"])
    # a real mix: neither all clean nor all hostile
    assert 0.2 * COUNT < hostile < 0.7 * COUNT
