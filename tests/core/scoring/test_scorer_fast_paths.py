"""The scorer's shortcuts give exactly what the plain way would (issue 8, speed).

Each shortcut is compared with a straightforward reference written here, over the
whole shipped lexicon and a server layer, so a change to the lexicon data cannot
make a shortcut disagree unnoticed.
"""

from __future__ import annotations

import io
import json
import random

import pytest

from bot.cli.jsonl_stream import line_batches, stream_jsonl
from bot.core.scoring import matching, phrase_matching
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

_LAYERED = ScorerConfig(
    custom_terms={"blorpface": Category.INSULT, "zorp": Category.INSULT},
    allowed_terms=frozenset({"idiot", "shut up"}),
)


def _lexicons() -> list[Lexicon]:
    return [Scorer()._lexicon, Scorer(_LAYERED)._lexicon]


def _unmasked_plainly(lexicon: Lexicon, masked: str) -> str | None:
    """The weakest word of the same length that fits every visible letter."""
    fits = [
        (weight, word)
        for word, weight in lexicon.maskable.get(len(masked), ())
        if all(m in ("*", w) for m, w in zip(masked, word, strict=True))
    ]
    return min(fits)[1] if fits else None


@pytest.mark.parametrize("lexicon", _lexicons(), ids=["shared", "layered"])
def test_starred_out_words_read_as_a_scan_of_every_word_would(lexicon: Lexicon) -> None:
    matcher = matching.Matcher(lexicon)
    rng = random.Random(8)
    words = [word for items in lexicon.maskable.values() for word, _ in items]
    masks = []
    for word in words:
        stars = rng.sample(range(len(word)), k=max(1, len(word) // 2 - 1))
        masks.append("".join("*" if i in stars else c for i, c in enumerate(word)))
        masks.append(word[0] + "*" * (len(word) - 2) + word[-1] if len(word) > 2 else word)
    masks += ["*uck", "s**t", "a**hole", "f*ck", "zz*z", "**t*"]
    read = 0
    for masked in masks:
        if "*" not in masked:
            continue
        found = matcher._unmasked(masked)
        if masked.count("*") * 2 > len(masked) or masked.count("*") == len(masked):
            assert found == [], masked  # too little left to read
            continue
        expected = _unmasked_plainly(lexicon, masked)
        assert found == ([] if expected is None else [(expected, 0, len(masked))]), masked
        read += expected is not None
    assert read > len(words) // 2


def _match_plainly(
    tokens: list[str], key: str, entries: tuple[tuple[int, Entry], ...]
) -> set[tuple[int, int, Entry]]:
    found = set()
    for i, token in enumerate(tokens):
        if token != key:
            continue
        for offset, entry in entries:
            first = i - offset
            if first >= 0 and tuple(tokens[first : first + len(entry.tokens)]) == entry.tokens:
                found.add((first, first + len(entry.tokens), entry))
    return found


@pytest.mark.parametrize("lexicon", _lexicons(), ids=["shared", "layered"])
def test_words_with_many_phrases_find_what_trying_every_phrase_finds(lexicon: Lexicon) -> None:
    busy = {
        word: entries
        for word, entries in lexicon.anchors.items()
        if len(entries) > phrase_matching._SCAN_LIMIT
    }
    assert busy  # "fuck", "merda": the index is in use
    for word, entries in busy.items():
        for _, entry in entries:
            tokens = ["well", *entry.tokens, "then", word, "ok", *entry.tokens]
            found: list[tuple[int, int, Entry]] = []
            phrase_matching.match_at(tokens, word, entries, found)
            assert len(found) == len(set(found))
            assert set(found) == _match_plainly(tokens, word, entries), entry.term


_MESSAGES = [
    "you are a stupid idiot",
    'he said "you idiot" to me',
    "sei una merda, stai zitto coglione",
    "f*ck you and your s**t",
    "k y s loser",
    "women are nothing but trash",
    "holy shit gg",
    "ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ",
    "shut up, you worthless piece of garbage",
    "I will smash your face in",
]


def test_a_json_line_is_what_json_dumps_writes() -> None:
    scorer = Scorer()
    verdicts = [scorer.score(text) for text in _MESSAGES]
    verdicts += [scorer.score(text, profanity_ok=True) for text in _MESSAGES]
    verdicts += [Scorer(_LAYERED).score(text, mentions_someone=True) for text in _MESSAGES]
    assert any(v.hostile for v in verdicts) and any(not v.hostile for v in verdicts)
    for verdict in verdicts:
        assert verdict.to_json_line() == json.dumps(verdict.to_json_dict())
        odd = verdict.__class__(
            **{**{f: getattr(verdict, f) for f in verdict.__slots__}, "explanation": 'è "q"\n'}
        )
        assert odd.to_json_line() == json.dumps(odd.to_json_dict())


class _Trickle(io.BytesIO):
    """A pipe that hands over a few bytes at a time, cutting UTF-8 sequences apart."""

    def __init__(self, data: bytes, seed: int) -> None:
        super().__init__(data)
        self._rng = random.Random(seed)

    def read1(self, size: int | None = -1) -> bytes:
        return super().read1(self._rng.randint(1, 7))


def test_lines_read_in_batches_are_the_lines_decoded_one_by_one() -> None:
    rng = random.Random(8)
    pieces = [b"you idiot", "caff\u00e8 \u2603".encode(), b"\xff\xfe", b"\xe2\x98", b"\r", b""]
    data = b"\n".join(b"".join(rng.choices(pieces, k=3)) for _ in range(300)) + b"\xc3"
    expected = [raw.decode("utf-8", errors="replace").rstrip("\r") for raw in data.split(b"\n")]
    for seed in range(5):
        read = [line for batch in line_batches(_Trickle(data, seed)) for line in batch]
        assert read == expected


def test_jsonl_answers_are_the_verdicts_json() -> None:
    scorer = Scorer()
    out = io.StringIO()
    assert stream_jsonl(scorer, [_MESSAGES[:4], _MESSAGES[4:]], out, profanity_ok=True) == 10
    assert out.getvalue().splitlines() == [
        json.dumps(scorer.score(text, profanity_ok=True).to_json_dict()) for text in _MESSAGES
    ]
