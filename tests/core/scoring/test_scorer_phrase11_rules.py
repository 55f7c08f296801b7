"""Phrase terms read through an intensifier inside them (read_through.py): a swear word
("fucking", "fottuto", "cazzo di") or a word of degree ("really", "such") no longer splits
"go back to your country", "are a burden" or "sei un peso per"."""

from __future__ import annotations

import pytest

from bot.core.scoring.read_through import own_positions, reduced
from bot.core.scoring.scorer import Scorer, ScorerConfig
from bot.core.scoring.verdict import Category

# The brief's lines and lines written after each part of the reading, never seen by it
# while it was built. Each was missed on main.
HOSTILE = (
    # the brief's
    "disabled people are a fucking burden", "go back to your fucking country",
    "i will fucking find you", "sei un fottuto peso per tutti",
    "tornatevene al vostro cazzo di paese",
    # English swearing inside a phrase
    "go back to your goddamn cave", "immigrants are a fucking burden to this country",
    "you don't really deserve to live", "get a freakin life", "go back to fucking mexico",
    # a word pair only an intensifier splits: the scorer's gate reads through it too
    "get a freaking life", "shut your goddamn face",
    # Italian
    "sei un fottuto peso per la squadra", "tornatene al tuo fottuto paese",
    "tornatevene al vostro maledetto paese", "tornate al vostro paese del cazzo di merda",
    "sei un maledetto peso per tutti",
)  # fmt: skip
CLEAN = (
    # friendly profanity and game talk: the phrase without the swear word is clean too
    "fucking nice shot", "holy shit gg", "go back to your bloody fountain lol",
    "go back to your goddamn lane", "kill the fucking tower first",
    "you are such a fucking legend", "so fucking good", "i'm so fucking done with this boss",
    "what a fucking game", "the bloody ranked queue is a burden",
    # the phrase said of a thing, of oneself, reported or quoted
    "exams are a fucking burden", "i want to go back to my fucking country",
    "i want to go back to fucking mexico",
    "he said i should go back to my fucking country",
    "saying women are a fucking burden is sexist",
    # Italian
    "questo cazzo di server è lento", "che fottuto tiro", "torno al mio paese del cazzo",
    "sei un fottuto mostro, che tiro", "che cazzo di giocata, bravo",
)  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_phrase11_shapes_are_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile


@pytest.mark.parametrize("text", CLEAN)
def test_phrase11_lookalikes_stay_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


def test_the_swear_word_still_counts_as_profanity(scorer: Scorer) -> None:
    """The intensifier keeps its own hit: it is named and adds its weight, as it did
    beside a phrase before."""
    sworn = scorer.score("go back to fucking mexico")
    plain = scorer.score("go back to mexico")
    terms = [match.term for match in sworn.matches]
    assert "fucking" in terms and "go back to mexico" in terms
    assert sworn.score > plain.score


def _words(line: str) -> list[str]:
    """A line's tokens, as the matcher splits plain lowercase text."""
    return line.split()


def _kept(line: str) -> tuple[list[str], list[int]]:
    """The kept words of a line and where each stood."""
    kept = reduced(_words(line))
    assert kept is not None
    return kept[0], kept[1]


def test_reduced_leaves_out_intensifiers_and_fixes_articles() -> None:
    assert _kept("you are a fucking idiot") == (
        ["you", "are", "an", "idiot"],
        [0, 1, 2, 4],
    )
    assert _kept("sei uno schifoso stronzo") == (
        ["sei", "uno", "stronzo"],
        [0, 1, 3],
    )
    assert _kept("sei un fottuto zingaro") == (["sei", "uno", "zingaro"], [0, 1, 3])
    assert _kept("al vostro cazzo di paese") == (["al", "vostro", "paese"], [0, 1, 4])
    assert _kept("un paese del cazzo per voi") == (
        ["un", "paese", "per", "voi"],
        [0, 1, 4, 5],
    )


def test_reduced_is_none_when_nothing_is_bridged() -> None:
    assert reduced(_words("fucking hell")) is None
    assert reduced(_words("you are so")) is None
    assert reduced(_words("nobody gives a damn")) is None
    assert reduced(_words("nobody gives a cazzo di te")) is None  # a pronoun, no noun


def test_own_positions_leave_the_intensifier_to_its_own_hit() -> None:
    tokens = _words("go back to your fucking country")
    assert own_positions(tokens, 0, 6) == [0, 1, 2, 3, 5]
    tokens = _words("tornate al vostro cazzo di paese")
    assert own_positions(tokens, 0, 6) == [0, 1, 2, 5]


def test_a_server_layer_reads_through_too() -> None:
    """A server's own terms sit in a layered lexicon, looked up with no bigram gate."""
    layered = Scorer(ScorerConfig(custom_terms={"potato head": Category.INSULT}))
    assert layered.score("you are a potato fucking head").hostile
    assert layered.score("go back to your fucking country").hostile
    assert not layered.score("go back to your fucking base lol").hostile


@pytest.mark.parametrize(
    "text", ["bull fucking shit", "god fucking damned", "porca fottuta puttana", "blow fucking job"]
)
def test_a_swear_phrase_read_through_a_swear_word_is_swearing(scorer: Scorer, text: str) -> None:
    """Every hit a swear word, the last (inner) one ending first: the scorer still finds
    the words up to the phrase's end (an IndexError before), and it is no hostility."""
    verdict = scorer.score(text)
    assert not verdict.hostile
    assert len(verdict.matches) == 2
