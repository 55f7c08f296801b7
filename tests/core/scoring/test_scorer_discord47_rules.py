"""Shapes of the discord47 round (targeting_discord47, discord47_words), at default
settings: the room turned against one member of a server, a pronoun or a user mention
right after the verb, is aimed at the member: rallied to shut the member out ("everyone
mute her in vc", "can we mute <@1> in vc already"), told to keep no company with the
member ("dont talk to her shes weird"), or said to be hated by the whole room ("everyone
hates <@1>"); spam bots and things, the writer, game talk and excuses, a lone speaker's
shun, negations, reports and questions stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind


def _score(scorer: Scorer, text: str) -> tuple[bool, TargetKind]:
    """The verdict as the bot gives it: a user mention passed on as the flag it sets."""
    verdict = scorer.score(text, mentions_someone="<@" in text)
    return verdict.hostile, verdict.target


HOSTILE_THIRD = (
    # the shun, after a rally
    "everyone mute her in vc",
    "we should all unfriend him",
    "lets all ghost her lol",
    "yall should block her fr",
    "can we please kick her from the server",
    "guys lets all mute him",
    "everyone leave her on read 😂",
    "we all agreed to block her",
    "everyone unadd him 💀",
    "we should all exclude her from the group",
    # the ban on company
    "dont talk to her shes weird",
    "dont hang out with him hes weird af",
    "nobody sit with her tmrw lol",
    "no one play with him ever again",
    "stop talking to her everyone",
    "don't be friends with her shes a freak",
    # the whole room's hate
    "everyone hates her lmao",
    "we all hate him fr",
    "the whole gc hates him 💀",
    "everyone in the server hates her",
)
HOSTILE_MENTION = (
    "can we mute <@5521> in vc already",
    "everyone block <@220> rn",
    "lets all ghost <@9981>",
    "everybody mute <@77123> lol",
    "no one talk to <@8812> ever again",
    "everyone hates <@8812> btw",
    "literally everybody hates <@1200>",
    "nobody likes <@3330> lol",
)
CLEAN = (
    # bots, spam and things
    "everyone block the spam bot",
    "can we kick the bot from vc",
    "everyone mute the music bot pls",
    "everyone mute ur mic",
    "everyone avoid the west side of the map",
    "we all hate the new season",
    "everyone hates mondays lol",
    # the writer
    "she said everyone should unfriend me",
    "everyone at school ignores me, what do i do",
    "can u kick me from the vc im afk",
    "i dont talk to him anymore",
    # game talk, noise and excuses
    "dont talk to him hes focusing on the boss",
    "mute him hes tilted lol",
    "guys mute her shes so loud lol",
    "dont talk to her shes asleep",
    "we should mute him his mic is peaking",
    "lets all ignore her trolling",
    # kindness, negations, reports, suppositions, questions and jokes
    "we should all talk to her more",
    "we should invite her shes fun",
    "can we add her to the gc? shes cool",
    "nobody should block her for that",
    "please dont ignore her shes new here",
    "he told everyone to block her and idk why",
    "if everyone ignores her shes gonna leave",
    "why does everyone hate her?",
    "everyone hates him? nah hes cool",
    "everyone hates him lol jk",
    "lets all leave him alone",
    "everyone loves <@8812> btw",
)


@pytest.mark.parametrize("text", HOSTILE_THIRD)
def test_discord47_hostile_at_a_third_person(scorer: Scorer, text: str) -> None:
    assert _score(scorer, text) == (True, TargetKind.THIRD_PERSON), text


@pytest.mark.parametrize("text", HOSTILE_MENTION)
def test_discord47_hostile_at_a_mention(scorer: Scorer, text: str) -> None:
    assert _score(scorer, text) == (True, TargetKind.MENTION), text


@pytest.mark.parametrize("text", CLEAN)
def test_discord47_clean(scorer: Scorer, text: str) -> None:
    assert not _score(scorer, text)[0], text
