"""`kindness-bot check`, through main() and a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.cli.entry import main

_CLI = [sys.executable, "-m", "bot"]


def test_check_prints_a_readable_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "you are a stuuupid idiot"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("HOSTILE")
    assert "target:     second_person" in out
    assert "why:        insult aimed at the reader (second person): 'stupid', 'idiot'" in out


def test_check_languages_and_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--languages", "en,it", "sei un idiota"]) == 0
    assert capsys.readouterr().out.startswith("HOSTILE")
    assert main(["check", "--reply", "total moron tbh"]) == 0
    assert "target:     reply" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--languages", "en,xx", "you idiot"],
        [
            "eval",
            "x.csv",
            "--text-col",
            "t",
            "--label-col",
            "l",
            "--positive",
            "1",
            "--languages",
            "xx",
        ],
    ],
)
def test_an_unknown_language_is_refused_not_ignored(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert "choose from en, it" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["2", "0", "-0.1", "1.01", "nan", "inf"])
@pytest.mark.parametrize("command", ["check", "eval"])
def test_a_threshold_outside_zero_to_one_is_refused(
    command: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [command, f"--threshold={value}", "you idiot"]
    if command == "eval":
        argv += ["--text-col", "t", "--label-col", "l", "--positive", "1"]
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    assert (
        f"argument --threshold: must be above 0 and at most 1 (scores run from 0 to 1), "
        f"not {value}" in capsys.readouterr().err
    )


def test_a_threshold_that_is_not_a_number_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--threshold", "high", "you idiot"])
    assert exited.value.code == 2
    assert "a number in (0, 1] is needed, not 'high'" in capsys.readouterr().err


def test_a_threshold_of_one_is_accepted_and_used(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--threshold", "1", "you idiot"]) == 0
    assert capsys.readouterr().out.startswith("not hostile")  # it scores 0.70
    assert main(["check", "--threshold", "0.05", "you idiot"]) == 0
    assert capsys.readouterr().out.startswith("HOSTILE")


def test_check_without_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "nothing to check" in capsys.readouterr().err


def test_jsonl_streams_one_answer_per_line_before_input_ends() -> None:
    proc = subprocess.Popen(
        [*_CLI, "check", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("you idiot\n")
    proc.stdin.flush()
    first = json.loads(proc.stdout.readline())  # answered while stdin is still open
    assert first["hostile"] is True
    proc.stdin.write("have a nice day\n")
    proc.stdin.close()
    second = json.loads(proc.stdout.readline())
    assert second["hostile"] is False
    assert proc.wait(timeout=30) == 0


def test_jsonl_handles_100k_lines_in_order_with_bad_bytes() -> None:
    lines = [b"you idiot", b"hello friend", b"\xff\xfe broken utf-8", b"", b"kys"]
    payload = b"\n".join(lines[i % len(lines)] for i in range(100_000)) + b"\n"
    result = subprocess.run(
        [*_CLI, "check", "--jsonl"], input=payload, capture_output=True, timeout=300, check=True
    )
    out = result.stdout.decode().splitlines()
    assert len(out) == 100_000
    expected = [True, False, False, False, True]
    for i in (0, 1, 2, 3, 4, 99_995, 99_999):
        record = json.loads(out[i])
        assert record["hostile"] is expected[i % 5]
        assert set(record) >= {
            "hostile",
            "score",
            "severity",
            "categories",
            "target",
            "explanation",
        }
