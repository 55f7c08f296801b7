"""Shapes of the discord59 round (targeting_discord59, discord59_words), at default
settings: a mentioned member said to deserve or need a ban ("<@9> deserves a ban", "<@4>
needs a perma ban asap") or pushed out of the room ("get <@9> out of here") is aimed at
the mentioned member; a break or an appeal, negations and pasts, the writer, game talk
and logistics, reasons, reports, questions, quotes and jokes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the mention first, deserves or needs, the ban
    "<@9> deserves a ban",
    "<@9> needs a ban",
    "<@12> deserves a perma ban",
    "<@4> needs a perma ban asap",
    "<@31> needs a kick",
    "<@15> needs a permanent ban",
    "<@3> needs a timeout",
    "mods <@8> needs a ban",
    "<@40> really needs a ban",
    "<@6> has earned a ban",
    "<@27> needs a ban from this server",
    "<@2> needs a ban mods",
    "<@8> needs a ban!!",
    # get, the mention, the push out
    "get <@9> out of here",
    "get <@5> outta here",
    "mods get <@21> out of here",
    "can someone get <@30> out of here",
    "get <@17> outta here mods",
    "get <@10> out of here already",
    "get <@9> out of here!!",
)

CLEAN = (
    # a break, an appeal or a thing
    "<@9> deserves a break",
    "<@9> needs a ban appeal link",
    "<@31> needs a kick start",
    "<@40> needs a ban on junk food lol",
    "this game needs a ban on smurfs",
    # negations, pasts, other subjects, reports, questions, quotes, jokes
    "<@15> got a ban yesterday",
    "<@22> doesnt deserve a ban",
    "does <@18> deserve a ban?",
    "<@26> needs a ban?",
    "i deserve a ban lol",
    "they think <@8> deserves a ban",
    "<@6> deserves a ban jk",
    "<@9> deserves a ban, he spammed slurs",
    "i cant get <@5> out of here",
    "she said get <@17> out of here",
    "did someone get <@30> out of here?",
    '"get <@9> out of here" is my fav meme',
    # game talk, logistics, the writer
    "<@11> needs a timeout from the game, hes tilted",
    "<@14> needs a kick in the ranked queue",
    "get <@9> out of jail card lol",
    "get <@9> out of the fire",
    "get <@21> out of here, hes stuck in the wall",
    "get <@24> out of here alive",
    "get <@10> out of here with that take lmao",
    "get me out of here",
    "lets get out of here",
    "im outta here",
    # a verb before the mention stays discord55's: unread
    "ban <@1>",
    "ban <@9> from the cheese channel lol",
    "kick <@9> the ball",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord59_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.MENTION, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord59_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
