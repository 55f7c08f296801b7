"""spelling7 (issue 8): respellings the older typo tables missed are read as our words,
and the readings stay off ordinary words and friendly swearing.

Each rule's table is its specification: hostile lines in English and Italian, and clean
lines spelled the same way or near it.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.lexicon import Entry
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.spelling7 import (
    BANG_WORDS_READ,
    bang_as_i,
    joined_words,
    more_misspellings,
    split_joined,
)
from bot.core.scoring.verdict import Category

# Rule 1: two letters swapped or a vowel dropped in a single word of 5-7 letters; a
# letter typed twice in a phrase's word or a swear word.
TYPOS_HOSTILE = (
    "you're such a lsoer",
    "that kid is a retrd",
    "he is such a mroon",
    "tua madre è una ptutana",
    "quel tizio è un idoita",
    "I will stabb you",
    "spero che tu muoiaa",
    "FUCKK you",
    "that kid is a RETARDD",
)
TYPOS_CLEAN = (
    "she picks the best heroes",  # "pricks" without its "r": a consonant is never dropped
    "worth noting that the patch is out",  # "nothing" without "h"
    "i had it with sprite earlier",  # "sparite" without "a": phrase words keep their vowels
    "fuckk yeah we won",  # a swear word typed twice still only swears
    "the cockpit view is great",
)


@pytest.mark.parametrize("line", TYPOS_HOSTILE)
def test_typos_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("line", TYPOS_CLEAN)
def test_typos_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


# Rule 2: a short word run into one of ours, ours run into "you", a phrase's neighbours
# run together.
JOINED_HOSTILE = (
    "you are anidiot",
    "ur sostupid",
    "gg you are allnoobs",  # "all" + a plural name
    "sei unfrocio",
    "lui è proprio unostronzo",
    "Ihate muslims",
    "I hope youdie",
    "I willstab you",
)
JOINED_CLEAN = (
    "ignorant or apathetic voters",  # "a" + "pathetic": "a" is not in the list
    "I am going witchu tomorrow",  # "witch" + "u": only "you" follows
    "my therapist says hi",  # an ordinary word is never split
    "fuckoff lol that was close",  # "#fuckoff": an exclamation as often as an order
)


@pytest.mark.parametrize("line", JOINED_HOSTILE)
def test_joined_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("line", JOINED_CLEAN)
def test_joined_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


# Rule 3: "!" for "i" inside a word that then is ours.
BANG_HOSTILE = (
    "you are an !d!0t",
    "jews are v3rm!n",
    "black people are !nf3r!0r",
    "cr3t!n0 che non sei altro",
)
BANG_CLEAN = (
    "wow!nice shot",
    "!play never gonna give you up",
    "gg!! well played",
    "hi!how are you",
)


@pytest.mark.parametrize("line", BANG_HOSTILE)
def test_bang_hostile(scorer: Scorer, line: str) -> None:
    assert scorer.score(line).hostile


@pytest.mark.parametrize("line", BANG_CLEAN)
def test_bang_clean(scorer: Scorer, line: str) -> None:
    assert not scorer.score(line).hostile


def test_bang_keeps_length_and_leaves_other_words() -> None:
    words = frozenset({"idiot"})
    assert bang_as_i("ok!d!0t yes!", words) is None
    assert bang_as_i("you !d!0t!", words) == "you idi0t!"  # same length: offsets hold
    assert bang_as_i("wow! nice", words) is None
    assert bang_as_i("a!b " * BANG_WORDS_READ + "!d!0t", words) is None  # a flood's cap
    assert bang_as_i("a!b " * (BANG_WORDS_READ - 1) + "!d!0t", words) is not None


def test_allowed_terms_switch_respellings_off() -> None:
    allowed = Scorer(ScorerConfig(allowed_terms=frozenset({"loser", "idiot"})))
    assert not allowed.score("you're such a lsoer").hostile
    assert not allowed.score("you are anidiot").hostile
    assert not allowed.score("you are an !d!0t").hostile


def _entry(term: str, category: Category | None) -> tuple[tuple[str, ...], Entry]:
    tokens = tuple(term.split())
    return tokens, Entry(term=term, tokens=tokens, category=category, weight=0.8, aim=None)


def test_typed_twice_wins_over_a_dropped_letter() -> None:
    entries = dict((_entry("retard", Category.INSULT), _entry("retarded", Category.INSULT)))
    typos = more_misspellings(entries, frozenset(), frozenset({"retard", "retarded"}))
    assert typos["retardd"] == "retard"
    assert typos["reatrd"] == "retard"


def test_ordinary_words_and_swearing_keep_their_spellings() -> None:
    entries = dict(
        (
            _entry("pricks", Category.INSULT),
            _entry("shit", Category.PROFANITY),
            _entry("i will stab you", Category.THREAT),
        )
    )
    typos = more_misspellings(entries, frozenset({"prciks"}), frozenset({"pricks", "stab"}))
    assert "prciks" not in typos  # an ordinary word
    assert "picks" not in typos  # a consonant dropped
    assert typos["shitt"] == "shit"
    assert "siht" not in typos  # swearing: typed twice only
    assert typos["stabb"] == "stab"
    assert "satb" not in typos  # a phrase's word: typed twice only
    assert "wiill" not in typos  # an everyday word of a phrase keeps its spelling


def test_joined_words_and_their_pieces() -> None:
    entries = dict((_entry("idiot", Category.INSULT), _entry("fuck off", Category.INSULT)))
    entries.update((_entry("wake up you", Category.INSULT), _entry("i hate you", Category.INSULT)))
    joined = joined_words(entries, frozenset({"soidiot"}), frozenset({"idiot", "fuck", "hate"}))
    assert joined["anidiot"] == len("an")
    assert joined["idiotyou"] == len("idiot")
    assert "soidiot" not in joined  # an ordinary word
    assert "fuckoff" not in joined
    assert joined["ihate"] == 1  # a phrase's neighbours, one of them hostile
    assert "wakeup" not in joined  # neither is
    assert split_joined([("anidiot", 4, 11)], joined) == [("an", 4, 6), ("idiot", 6, 11)]


@pytest.mark.parametrize(
    "text",
    ["!" * 5000, "a!" * 2500, "!a" * 2500, "!d!0t " * 700, "anidiot " * 600, "\x00!\ud800i"],
)
def test_bad_input_keeps_its_guarantees(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert isinstance(verdict.hostile, bool)
