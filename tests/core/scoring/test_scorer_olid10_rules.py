"""The olid10 round's rules (issue 8, thirteenth session: targeting_olid10.py, and the
"human being" fix in targeting_olid7.py) as their specification: each shape with fresh
lines (written after the rule, never tuned on) and the clean near-misses beside it (a
story's villain, a question, a denial, a species, a description that goes on, praise,
care for the ill, the writer). The rules read English only; Italian lines check that
nothing of theirs leaks into Italian chat."""

from __future__ import annotations

import pytest

from bot.core.scoring import olid10_words as w
from bot.core.scoring.lexicon import category_file
from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import Category, TargetKind

_READER = TargetKind.SECOND_PERSON
_THIRD = TargetKind.THIRD_PERSON
_MENTION = TargetKind.MENTION

# fmt: off
HOSTILE: tuple[tuple[str, TargetKind], ...] = (
    # a villain's noun said of a person
    ("@USER she's a tyrant and a liar", _THIRD), ("@USER you are a sexual predator", _READER),
    ("@USER Maduro is a murderer", _THIRD), ("@USER what a lapdog", _MENTION),
    ("@USER he is a madman", _THIRD), ("@USER you're a serial abuser", _READER),
    ("@USER they are tyrants", _THIRD),
    # a person noun judged by its adjective
    ("@USER you are a twisted woman", _READER), ("@USER she is a sad lady", _THIRD),
    ("@USER he's a weak person", _THIRD), ("@USER what a crazy old lady", _MENTION),
    ("@USER you are a godless woman", _READER),
    # olid7's judging words before "human being" (the fix at olid7's depth)
    ("@USER he is a vile human being", _THIRD), ("@USER you are a wicked human being", _READER),
    ("@USER she's a heartless human being", _THIRD), ("@USER what a petty human being", _THIRD),
    ("@USER they are bitter human beings", _THIRD),
)

CLEAN: tuple[str, ...] = (
    # a story's villain, a question, a denial, a species, a description that goes on
    "@USER the tyrant was overthrown in 1989", "@USER a lapdog sat on her knee",
    "@USER he is a murderer in the game of clue lol", "@USER is she a predator?",
    "@USER he is not a dictator", "@USER lions are predators",
    "@USER my uncle played a demon in the school play",
    # praise, care for the ill, the writer, a passer-by, a question
    "@USER she is a crazy good dancer", "@USER he is a sick person, he has the flu and needs care",
    "@USER a sad little man sat on the bench", "@USER i am a weak person in the mornings",
    "@USER the twisted man in the film is scary", "@USER is he a crazy person?",
    "@USER you are a wonderful human being", "@USER a miserable human being once told me",
    # no article: a vocative or a cry, friendly as often (written after the article test)
    "@USER you crazy man, that was epic", "@USER ur sick man, congrats",
    "@USER damn you're crazy lady lol", "@USER holy shit crazy man",
    "@USER you're sick man, what a shot",
    # Italian chat the English words must not reach
    "@USER il tiranno della storia muore alla fine", "@USER che partita pazzesca",
)
# fmt: on


@pytest.mark.parametrize(("text", "target"), HOSTILE)
def test_hostile_shapes(scorer: Scorer, text: str, target: TargetKind) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is target, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


def test_new_words_count_only_in_their_shapes(scorer: Scorer) -> None:
    """The round's terms name a film's villain or a passer-by as often: alone, or beside
    a reply's mention, they stay clean."""
    for text in ("@USER murderer", "@USER crazy lady", "dictator", "@USER sick man"):
        assert not scorer.score(text).hostile, text


def test_the_rule_and_the_lexicon_agree() -> None:
    """Every term the rule reads is an English insult line (a typo in either would leave
    the rule reading nothing)."""
    terms = {entry.term for entry in category_file("en", Category.INSULT)[0]}
    missing = sorted((w.VILLAINS | w.JUDGED | w.OLDER) - terms)
    assert not missing, missing
