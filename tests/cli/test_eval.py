"""`kindness-bot eval`: measure the scorer on labelled files, through main()."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.entry import main


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


def _eval(data: Path, *extra: str) -> int:
    return main(
        ["eval", str(data), "--text-col", "text", "--label-col", "hostile", "--positive", *extra]
    )


_KINDS = (
    "text\thostile\tkind\n"
    "you are a moron\t1\tE\n"
    "report this guy\t1\tI\n"
    "fucking nice shot\t0\tO\n"
    "you idiot\t0\tO\n"
    "gg\t0\tO\n"
    "go mid\t0\tA\n"
    "no kind here\t0\t\n"
)


def test_eval_group_col_gives_rows_and_flagged_rate_per_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "conda.tsv", _KINDS)
    assert _eval(data, "1", "--group-col", "kind") == 0
    out = capsys.readouterr().out
    table = out[out.index("flagged by kind:") :].splitlines()
    assert table[1].split() == ["kind", "rows", "hostile", "flagged", "rate"]
    # most rows first; "you idiot" is the one flag among the O rows
    assert table[2].split() == ["O", "3", "0", "1", "0.333"]
    assert sorted(line.split()[0] for line in table[3:7]) == ["(empty)", "A", "E", "I"]
    assert "E 1 1 1 1.000" in [" ".join(line.split()) for line in table]
    assert "I 1 1 0 0.000" in [" ".join(line.split()) for line in table]


def test_eval_group_col_with_many_values_pools_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"you idiot\t1\tclass {i:02d}\n" for i in range(35))
    data = _write(tmp_path / "d.tsv", "text\thostile\tkind\n" + rows)
    assert _eval(data, "1", "--group-col", "kind") == 0
    table = capsys.readouterr().out.split("flagged by kind:\n")[1].splitlines()
    assert len(table) == 1 + 30 + 1 + 1  # header, 30 values, the rest, the timing
    assert table[-2].split() == ["(other", "values)", "5", "5", "5", "1.000"]


def test_eval_without_group_col_prints_no_group_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _eval(_write(tmp_path / "d.tsv", _KINDS), "1") == 0
    assert "flagged by" not in capsys.readouterr().out


def test_eval_refuses_a_positive_value_that_never_occurs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "d.tsv", _KINDS)
    assert _eval(data, "TIN", "--group-col", "kind") == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # no precision 0.000 report to misread
    assert captured.err.strip() == (
        "kindness-bot eval: --positive 'TIN' never occurs in column 'hostile'; "
        "the values present are '0' (5 rows), '1' (2 rows)"
    )


def test_eval_refuses_a_positive_value_in_a_file_without_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _eval(_write(tmp_path / "d.tsv", "text\thostile\n"), "1") == 2
    assert "never occurs in column 'hostile': d.tsv has no rows" in capsys.readouterr().err


def test_eval_lists_only_the_commonest_label_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"hello\tv{i:02d}\n" for i in range(25))
    assert _eval(_write(tmp_path / "d.tsv", "text\thostile\n" + rows), "1") == 2
    err = capsys.readouterr().err
    assert "'v00' (1 row)" in err and "'v09' (1 row)" in err and "'v10'" not in err
    assert err.rstrip().endswith("and 15 more")


def test_eval_finds_a_positive_value_after_many_other_label_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f"hello\tv{i}\n" for i in range(1500)) + "you idiot\t1\n"
    assert _eval(_write(tmp_path / "d.tsv", "text\thostile\n" + rows), "1") == 0
    assert "rows: 1501  positives: 1" in capsys.readouterr().out
    assert _eval(tmp_path / "d.tsv", "2") == 2
    assert capsys.readouterr().err.rstrip().endswith("and over 990 more")


@pytest.mark.parametrize(
    ("option", "column"),
    [
        ("--text-col", "txt"),
        ("--label-col", "label"),
        ("--group-col", "knd"),
        ("--negative-col", "klass"),
    ],
)
def test_eval_refuses_a_wrong_column_listing_the_real_ones(
    option: str, column: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "d.tsv", _KINDS)
    argv = {
        "--text-col": "text",
        "--label-col": "hostile",
        "--positive": "1",
        option: column,
    }
    if option == "--negative-col":
        argv["--negative-value"] = "O"
    code = main(["eval", str(data), *(x for pair in argv.items() for x in pair)])
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        f"kindness-bot eval: d.tsv has no column '{column}' ({option}); "
        "its columns are: text, hostile, kind"
    )


def test_eval_names_every_wrong_column_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write(tmp_path / "x.csv", "a,b\nhello,1\n")
    code = main(["eval", str(data), "--text-col", "text", "--label-col", "lbl", "--positive", "1"])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "kindness-bot eval: x.csv has no column 'text' (--text-col) or 'lbl' (--label-col); "
        "its columns are: a, b"
    )


def test_eval_refuses_an_empty_file_and_a_missing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _eval(_write(tmp_path / "empty.tsv", ""), "1") == 2
    assert "has no header row" in capsys.readouterr().err
    assert _eval(tmp_path / "missing.tsv", "1") == 2
    assert "cannot read" in capsys.readouterr().err


def test_a_tsv_field_in_csv_quotes_is_read_as_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli.eval import unquote_field

    assert unquote_field('"he said ""you idiot"" to me"') == 'he said "you idiot" to me'
    assert unquote_field('"a stray quote" in the middle "too"') == (
        '"a stray quote" in the middle "too"'
    )  # not one quoted field: left as it is
    assert unquote_field('"') == '"'
    data = tmp_path / "quoted.tsv"
    data.write_text('text\thostile\n"you are an idiot, ""friend"""\t1\n', encoding="utf-8")
    argv = ["eval", str(data), "--text-col", "text", "--label-col", "hostile", "--positive", "1"]
    assert main(argv) == 0
    assert "recall:    1.000" in capsys.readouterr().out  # read raw, it was quoted speech
