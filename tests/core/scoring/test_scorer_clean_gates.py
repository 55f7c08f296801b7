"""The clean-path gates (clean_gates.py) answer exactly as the plain way would (issue 8, speed).

Each one is compared with the plain way over the whole shipped lexicon and a
server layer, so a change to the lexicon data cannot make a shortcut disagree
unnoticed.
"""

from __future__ import annotations

import itertools
import random

import pytest

from bot.core.scoring.clean_gates import (
    gate_words,
    has_letter_run,
    has_pair,
    pair_index,
    pairs_in,
    three_singles,
)
from bot.core.scoring.folding import flatten
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.matching import RUN_GATE_RE
from bot.core.scoring.scorer import _SPACED_GATE_RE, CLEAN, Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

_LAYERED = ScorerConfig(
    custom_terms={"blorpface": Category.INSULT, "go zorp": Category.INSULT},
    allowed_terms=frozenset({"idiot", "shut up"}),
)
_FILLER = [
    "the",
    "a",
    "you",
    "is",
    "are",
    "not",
    "so",
    "even",
    "same",
    "thing",
    "people",
    "today",
    "game",
    "team",
    "we",
    "i",
]


def _lexicons() -> list[Lexicon]:
    return [Scorer()._lexicon, Scorer(_LAYERED)._lexicon]


@pytest.mark.parametrize("lexicon", _lexicons(), ids=["shared", "layered"])
def test_one_gate_set_answers_as_the_hostile_and_typo_sets_would(lexicon: Lexicon) -> None:
    rng = random.Random(8)
    hostile = sorted(lexicon.hit_words)
    typos = sorted(lexicon.typo_words)
    gate = gate_words(lexicon)
    for _ in range(3000):
        tokens = rng.sample(_FILLER, 4)
        if rng.random() < 0.3:
            tokens.append(rng.choice(hostile))
        if rng.random() < 0.3:
            tokens.append(rng.choice(typos))
        # Anchors read only beside a group ("gun", group_only.py) are left to the scorer's
        # group gate.
        hits = [token for token in tokens if token not in lexicon.group_first_words]
        plain = lexicon.hit_words.isdisjoint(hits) and lexicon.typo_words.isdisjoint(tokens)
        assert gate.isdisjoint(tokens) == plain, tokens
        assert gate.isdisjoint(iter(tokens)) == plain, tokens  # any iterable, read once


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # Words that only anchor phrases, with the phrases' other words absent.
        ("even so, it was the same as last year", True),
        ("nobody expected the plot twist in episode three", True),
        ("questa pizza fa ridere, non ci torno", True),  # "fai schifo" is ours, not "fa"
        ("nessuno ha visto la partita ieri sera", True),
        # The same anchors beside their phrases' words still reach the rules.
        ("go die in a fire", False),
        ("nobody likes you", False),
        ("nessuno ti vuole qui", False),
        ("fai schifo", False),
    ],
)
def test_phrase_anchors_alone_are_clean_and_beside_their_phrases_are_read(
    text: str, clean: bool
) -> None:
    verdict = Scorer().score(text)
    assert (verdict is CLEAN) == clean, verdict
    if not clean:
        assert verdict.matches


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("you are stuuupid", True),
        ("NOOOO way", True),
        ("aaa", True),  # the whole message
        ("zz z", False),  # a space breaks the run
        ("call me at 222 today", False),  # digits three times are no letter run
        ("ok...   then!!!", False),  # nor punctuation and spaces
        ("111 then aaa", True),
        ("", False),
        ("a", False),
        ("aa", False),
        ("xaax", False),
        ("the cat sat " * 300 + "hmmm", True),  # far from the start
    ],
)
def test_letter_runs_found_by_arithmetic_as_the_regex_finds_them(text: str, run: bool) -> None:
    flat = flatten(text)
    assert has_letter_run(flat.encode()) is run
    assert (RUN_GATE_RE.search(flat) is not None) is run


def test_letter_runs_match_the_regex_on_random_ascii() -> None:
    rng = random.Random(8)
    for _ in range(50_000):
        text = "".join(rng.choice("aab 22z xx 0Q!") for _ in range(rng.randint(0, 24)))
        flat = flatten(text)
        assert has_letter_run(flat.encode()) == (RUN_GATE_RE.search(flat) is not None), text


def test_spaced_gate_regex_never_matches_without_three_single_tokens_in_a_row() -> None:
    """The scorer asks `_SPACED_GATE_RE` only when `three_singles` holds (speed17)."""
    rng = random.Random(17)
    for _ in range(50_000):
        text = "".join(rng.choice("ab  c.d-é1_") for _ in range(rng.randint(0, 20)))
        flat = flatten(text)
        if _SPACED_GATE_RE.search(f" {flat} ") is not None:
            assert three_singles(flat.split()), text


@pytest.mark.parametrize("lexicon", _lexicons(), ids=["shared", "layered"])
def test_word_pairs_found_by_first_word_as_the_set_operations_find_them(
    lexicon: Lexicon,
) -> None:
    """`has_pair`/`pairs_in` against `isdisjoint`/`intersection` over word pairs, down to
    the order the found set iterates in (the matcher's later set operations walk it)."""
    rng = random.Random(17)
    for pairs in (lexicon.gate_pairs, lexicon.pair_keys, lexicon.pair_words):
        index = pair_index(pairs)
        assert (index is None) == (not isinstance(pairs, frozenset))
        words = sorted({w for pair in pairs for w in pair})
        for _ in range(2000):
            tokens = rng.sample(_FILLER, 3) + rng.sample(words, 4)
            rng.shuffle(tokens)
            plain = pairs.intersection(itertools.pairwise(tokens))
            found = pairs_in(tokens, pairs, index)
            assert found == plain, tokens
            assert list(found) == list(plain), tokens
            assert has_pair(tokens, pairs, index) == (
                not pairs.isdisjoint(itertools.pairwise(tokens))
            )


def test_a_word_read_only_beside_a_group_gates_only_beside_one() -> None:
    """hatecheck24's "with my gun" is read only after a group, so "gun" alone stays on
    the fast path (no match at all), and a server's own term on the word still reads."""
    shared = Scorer()
    assert "gun" in shared._lexicon.group_first_words
    assert shared.score("gun control now").matches == ()
    assert shared.score("i'll be waiting for the jews with my gun").hostile
    own = Scorer(ScorerConfig(custom_terms={"gun": Category.THREAT}))
    assert "gun" not in own._lexicon.group_first_words
    assert [match.term for match in own.score("gun control now").matches] == ["gun"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("this plan is so untrustworthy", "untrustworthy"),  # a said_of_group word
        ("ouch that hurt", "hurt"),  # a group-only claim (hateprobe5's harm verbs)
        ("a capable player", "capable"),  # denied praise (hateprobe4)
        ("gun control now", "gun"),  # hatecheck24's "with my gun"
    ],
)
def test_every_word_read_only_beside_a_group_gates_only_beside_one(text: str, word: str) -> None:
    """group_only.py's registry: a word anchoring only terms the scorer drops in a message
    naming no group takes no match there; beside a group's name or a political side it is
    read as before, and a server's own term on it is gated like any hit word."""
    shared = Scorer()
    assert word in shared._lexicon.group_first_words
    assert shared.score(text) is CLEAN
    own = Scorer(ScorerConfig(custom_terms={word: Category.INSULT}))
    assert word not in own._lexicon.group_first_words
    assert word in [match.term for match in own.score(text).matches]


@pytest.mark.parametrize(
    "text",
    [
        "immigrants are so untrustworthy",
        "democrats are untrustworthy",
        "i will hurt every muslim i see",
        "immigrants are not capable",
        "i'll be waiting for the jews with my gun",
    ],
)
def test_a_word_read_only_beside_a_group_is_read_beside_one(text: str) -> None:
    assert Scorer().score(text).hostile
