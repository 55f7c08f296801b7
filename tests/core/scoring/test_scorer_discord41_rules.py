"""Shapes of the discord41 round (targeting_discord41, discord41_words), at default
settings: social exclusion of the reader in Discord and teen chat, sent out of the group
chat ("pls leave the group chat") or shunned by the room ("everyone ignores you"), beside
the older lines ("nobody wants you here", "we all hate you", "go cry to your mom"), is
aimed at the reader; kind lines in the same words stay clean: the reader wanted to stay
("nobody wants you to leave"), hated by no one ("no one hates you"), asked whether left
out ("you're not invited?"), sent to cry at a sad scene ("go cry at the end of that
movie"), and the reader's own leaving, denied orders and reported speech."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # sent out of the group chat, shunned by the room
    "pls leave the group chat",
    "leave our gc lol",
    "just leave this gc",
    "everyone ignores you",
    "everybody ignores u lmao",
    "everyone avoids you",
    # what no one wants the reader to do is to stay or to join
    "nobody wants you to stay",
    "nobody wants you to go with us",
    "nobody wants you to play with us",
    # hated, with more than a nobody
    "no one hates you more than i do",
    "we all hate you",
    "everyone hates you",
    # not invited, said
    "you're not invited lol",
    "ur not invited, loser",
    # asked in scorn, not about the reader's state
    "no one invited you? that's rude of you",
    "who invited you?",
    # sent away to cry
    "go cry to your mom",
    "go cry over it loser",
    "go cry at home",
)

CLEAN = (
    # the reader wanted to stay or to be well
    "nobody wants you to leave",
    "no one wants you to be sad",
    "nobody wants you to quit, stay",
    "nobody wants you to feel bad",
    "nobody wants you to get hurt",
    # hated by no one
    "no one hates you, you're fine",
    "nobody here actually hates you",
    "none of us hate you",
    "noone hates u lol",
    # left out, asked
    "you're not invited? i'll fix that",
    "ur not invited?? wait what",
    "everyone ignores you? nah they just didn't see it",
    "everyone avoids you? since when",
    # crying at a sad scene
    "go cry at the end of that movie",
    "go cry during the finale lol",
    "go cry watching the notebook",
    # the writer's own leaving, a denied order, reported speech
    "i will leave the gc for exams",
    "dont leave the gc",
    "leave the gc and rejoin to fix it",
    "she said everyone ignores you",
    "not everyone avoids you",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord41_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target in (TargetKind.SECOND_PERSON, TargetKind.IMPERATIVE), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord41_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
