"""Which lexicon terms AutoMod may block: only those hostile whatever their target."""

from __future__ import annotations

import pytest

from bot.core.automod.terms import BLOCKED_CATEGORIES, blocked_terms, spelled
from bot.core.scoring.verdict import Category


def texts(
    *languages: str, custom: dict[str, Category] | None = None, allowed: tuple[str, ...] = ()
) -> list[str]:
    return [t.text for t in blocked_terms(languages, custom or {}, allowed)]


@pytest.mark.parametrize(
    "term",
    [
        "kys",
        "kill yourself",
        "nigger",
        "faggot",
        "i know where you live",
        "hope you get cancer",
        "i'll stab you",
        "go back to your country",
    ],
)
def test_english_target_free_terms_are_in(term: str) -> None:
    assert term in texts("en")


@pytest.mark.parametrize(
    "term",
    [
        "idiot",  # insults need a target
        "fuck",  # profanity
        "fat",  # body shaming
        "i will kill you",  # game talk as often as a threat
        "you re dead",
        "i'll kill you",
        "fag",  # [context]: needs a target
        "retarded",  # [context]
        "kill all",  # [person]: only when people are named
        "make me a sandwich",  # too light to block
        "die you",  # 0.8: under the self-harm bar
    ],
)
def test_aimed_only_ambiguous_and_light_terms_are_out(term: str) -> None:
    assert term not in texts("en")


def test_italian_terms_follow_the_same_rules() -> None:
    italian = texts("it")
    assert {"ammazzati", "frocio", "so dove abiti", "ti stupro"} <= set(italian)
    assert not {"ti ammazzo", "muori", "crepa", "finocchio", "idiota"} & set(italian)
    assert "kys" not in italian


def test_order_is_custom_words_then_categories_heavier_first() -> None:
    found = blocked_terms(("en",), {"zorbleck": Category.IDENTITY_ATTACK}, ())
    assert found[0].text == "zorbleck" and found[0].custom
    ranks = [BLOCKED_CATEGORIES.index(t.category) for t in found[1:]]
    assert ranks == sorted(ranks)
    slurs = [t.weight for t in found if t.category is Category.IDENTITY_ATTACK and not t.custom]
    assert slurs == sorted(slurs, reverse=True)


def test_custom_words_only_of_target_free_categories() -> None:
    custom = {"muppet": Category.INSULT, "zorbleck": Category.THREAT}
    found = texts("en", custom=custom)
    assert "zorbleck" in found and "muppet" not in found


def test_allowed_terms_and_duplicates_are_dropped() -> None:
    found = texts("en", "en", allowed=("paki", "kill yourself"))
    assert "paki" not in found and "kill yourself" not in found
    assert len(found) == len(set(found))


def test_contractions_are_spelled_as_typed() -> None:
    assert spelled(("i", "ll", "stab", "you")) == "i'll stab you"
    assert spelled(("wish", "you", "d", "die")) == "wish you'd die"
    assert spelled(("kys",)) == "kys"


def test_italian_words_are_also_listed_with_their_accent() -> None:
    italian = texts("it")
    assert {"perché non ti ammazzi", "perche non ti ammazzi"} <= set(italian)
    assert spelled(("perche", "non")) == "perché non"
    assert spelled(("perche",), accents=False) == "perche"
    assert "i ll stab you" not in texts("en")
