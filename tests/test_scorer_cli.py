"""`kindness-bot check` and `kindness-bot eval`, through main() and a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

_CLI = [sys.executable, "-m", "bot.cli"]


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


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_csv_with_escaped_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(
        tmp_path / "insults.csv",
        "Insult,Date,Comment\n"
        '1,x,"""you are an\\xa0idiot"""\n'
        '1,x,"""nice weather"""\n'
        '0,x,"""holy shit that was great"""\n'
        '0,x,"""you idiot"""\n'
        '0,x,"""thanks"""\n',
    )
    code = main(
        [
            "eval",
            str(data),
            "--text-col",
            "Comment",
            "--label-col",
            "Insult",
            "--positive",
            "1",
            "--decode-escapes",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "precision: 0.500" in out
    assert "recall:    0.500" in out
    assert "false-positive rate: 0.333 (1/3)" in out
    assert "false flags on negatives with profanity: 0.000 (0/1)" in out


def test_eval_tsv_with_selected_negatives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(
        tmp_path / "olid.tsv",
        "id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n"
        "1\t@USER you are a moron\tOFF\tTIN\tIND\n"
        '2\t@USER holy shit "what" a game\tOFF\tUNT\tNULL\n'
        "3\t@USER fuck off you idiot\tOFF\tUNT\tNULL\n"
        "4\t@USER lovely\tNOT\tNULL\tNULL\n",
    )
    code = main(
        [
            "eval",
            str(data),
            "--text-col",
            "tweet",
            "--label-col",
            "subtask_b",
            "--positive",
            "TIN",
            "--negative-col",
            "subtask_b",
            "--negative-value",
            "UNT",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "rows: 4  positives: 1" in out
    assert "false flags on subtask_b=UNT: 0.500 (1/2)" in out


def test_eval_reports_a_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _write(tmp_path / "x.csv", "a,b\nhello,1\n")
    assert (
        main(["eval", str(data), "--text-col", "text", "--label-col", "b", "--positive", "1"]) == 2
    )
    assert "column(s) not in file: text" in capsys.readouterr().err
