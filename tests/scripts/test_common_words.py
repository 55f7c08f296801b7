"""scripts/common_words.py on a small made-up data directory: the ordinary-word lists it
writes are the most frequent words by text (English) or those seen twice (Italian),
sorted, and read back by the lexicon as the `word` cue list."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import common_words


def _tsv(path: Path, texts: list[str]) -> None:
    path.write_text("text\thostile\tkind\n" + "".join(f"{t}\t0\tnone\n" for t in texts))


@pytest.fixture
def written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data, lexicons = tmp_path / "data", tmp_path / "lexicons"
    data.mkdir()
    for lang in ("en", "it"):
        (lexicons / lang).mkdir(parents=True)
    _tsv(data / "en1.tsv", ["the lag is bad", "the lag again", "a zinogre"])
    _tsv(data / "en2.tsv", ["the patch, the patch", "lag lag lag"])
    _tsv(data / "it1.tsv", ["che partita", "bella partita", "un gioco"])
    monkeypatch.setattr(common_words, "DATA", data)
    monkeypatch.setattr(common_words, "LEXICONS", lexicons)
    monkeypatch.setattr(common_words, "ENGLISH", ("en1.tsv", "en2.tsv"))
    monkeypatch.setattr(common_words, "ITALIAN", ("it1.tsv",))
    monkeypatch.setattr(common_words, "ENGLISH_WORDS", 2)
    common_words.main()
    return lexicons


def _words(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if not line.startswith("#")]


def test_english_keeps_the_words_in_most_texts_sorted(written: Path) -> None:
    # "the" is in 3 texts, "lag" in 3 (once per text, however often), "patch" in 1.
    assert _words(written / "en" / "words.txt") == ["lag", "the"]


def test_italian_keeps_words_seen_in_two_texts(written: Path) -> None:
    assert _words(written / "it" / "words.txt") == ["partita"]


def test_the_same_data_writes_the_same_file(written: Path) -> None:
    first = (written / "en" / "words.txt").read_text()
    common_words.main()
    assert (written / "en" / "words.txt").read_text() == first
