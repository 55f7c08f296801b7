"""scripts/train_weights.py on a small made-up data directory: the learned file it writes
is deterministic, sorted, readable by the lexicon, and holds only words that earn a weight.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_weights

from bot.core.scoring.lexicon import parse_learned
from bot.core.scoring.verdict import Category

# "blorft" is a made-up name-call: aimed at the reader in every hostile text and
# marked as the insult by span annotators. "marmalade" is a topic word: as common
# in clean texts as in hostile ones and never marked, so it must not be learned;
# nor "posting", in hostile and clean texts alike.
HOSTILE = [
    "you are a blorft",
    "you blorft, stop posting",
    "what a blorft you are",
    "shut it you blorft",
    "you are such a blorft marmalade",
]
CLEAN = [
    "the weather is lovely today",
    "marmalade on toast this morning",
    "we went to the park with marmalade",
    "see you at the meeting tomorrow",
    "thanks for the help with the garden",
    "thanks for posting the photos",
]


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _texts(times: int) -> list[tuple[str, bool]]:
    return [(t, True) for t in HOSTILE * times] + [(t, False) for t in CLEAN * times]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    for name in ("convabuse.tsv", "toxic_spans.tsv", "hatexplain.tsv", "gab_hate.tsv"):
        rows = [[t, "1" if h else "0", "x"] for t, h in _texts(3)]
        _write_tsv(tmp_path / name, ["text", "hostile", "kind"], rows)
    spans = [["blorft", "Insult"]] * 12 + [["crap", "Profane/Obscene"]] * 4
    _write_tsv(tmp_path / "toxic_spans_words.tsv", ["text", "type"], spans)
    with (tmp_path / "davidson_labeled.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["tweet", "class"])
        writer.writerows([t, "0" if h else "2"] for t, h in _texts(2))
    return tmp_path


def test_the_fit_is_deterministic_sorted_and_readable(data: Path) -> None:
    first = train_weights.learn(data, "en")
    assert train_weights.learn(data, "en") == first
    terms = [line.split("\t")[0] for line in first.splitlines() if not line.startswith("#")]
    assert terms == sorted(terms)
    learned = {entry.term: entry for entry in parse_learned(first)}
    assert set(learned) == {"blorft"}
    assert learned["blorft"].category is Category.INSULT
    assert train_weights.MIN_WEIGHT <= learned["blorft"].weight <= train_weights.MAX_WEIGHT


def test_the_command_writes_the_file_it_learns(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "learned.tsv"
    assert train_weights.main(["--data", str(data), "--lang", "en", "--out", str(out)]) == 0
    assert out.read_text("utf-8") == train_weights.learn(data, "en")


def test_without_span_marks_only_nearly_always_hostile_words_are_learned(data: Path) -> None:
    """Leaving out Toxic Spans drops the annotators' marks: a word needs purity instead."""
    learned = parse_learned(train_weights.learn(data, "en", leave_out="toxic_spans.tsv"))
    assert [entry.term for entry in learned] == ["blorft"]


def test_ordinary_words_stay_candidates_but_cue_words_do_not() -> None:
    """words.txt only tells the name rule a word is no name; insults sit in it too."""
    import training_data

    from bot.core.scoring.lexicon import load_cues

    excluded = training_data.excluded_words("en")
    cues = load_cues("en")
    ordinary_only = cues["word"] - frozenset().union(
        *(words for name, words in cues.items() if name != "word")
    )
    assert {"inept", "donkey"} <= ordinary_only
    assert not {"inept", "donkey"} & excluded
    assert cues["person_noun"] <= excluded


def test_the_funnel_says_why_each_word_is_not_learned(data: Path) -> None:
    """Every word of a hostile text is counted once: stopped by a test, dropped, or learned."""
    import training_data

    lines = train_weights.funnel(data, "en")
    counts = {why: int(n) for n, why in (line.split(maxsplit=1) for line in lines)}
    assert counts["learned"] == 1  # blorft
    assert counts["candidates the fit drops"] == 0
    found = train_weights.reasons(
        training_data.load(data, "en"), "en", training_data.span_rates(data)
    )
    assert sum(counts.values()) == len(found)
    assert counts[f"span rate under {train_weights.MIN_SPAN_RATE}"] >= 1  # "marmalade"
    assert (
        found["marmalade"] == found["posting"] == f"span rate under {train_weights.MIN_SPAN_RATE}"
    )
    assert found["you"].startswith("a rule word")


def test_reasons_name_the_only_candidates(data: Path) -> None:
    import training_data

    examples = training_data.load(data, "en")
    rates = training_data.span_rates(data)
    found = train_weights.reasons(examples, "en", rates)
    expected = sorted(w for w, why in found.items() if why == train_weights.CANDIDATE)
    assert train_weights.candidates(examples, "en", rates) == expected == ["blorft"]
