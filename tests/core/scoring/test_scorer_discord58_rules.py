"""Shapes of the discord58 round (targeting_discord58, discord58_words), at default
settings: a member's removal asked for with the user mention before the verb ("<@12>
needs to be banned", "<@4> should get kicked") or in a negated order ("dont let <@55>
join", "do not let <@3> back in") is aimed at the mentioned member; negations, past
tenses, other subjects, logistics and game talk, reasons, reports, questions, quotes and
jokes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the mention first, a modal, the removal in the passive
    "<@12> needs to be banned",
    "<@4> should get kicked",
    "<@9> should be banned",
    "<@7> must be removed from the server",
    "<@21> needs to get banned asap",
    "<@5> has to be kicked out",
    "mods <@14> needs to be banned",
    "ngl <@22> should get removed",
    "<@27> really needs to be kicked from this server",
    "<@19> should just be banned fr",
    "<@8> needs to be banned!!",
    # a negated let, the mention and the joining
    "dont let <@55> join",
    "don't let <@9> rejoin",
    "do not let <@31> back in",
    "pls dont let <@24> join again",
    "mods dont let <@17> back in here",
    "dont let <@38> join, mods",
    "dont let <@52> join the server ever again",
)

CLEAN = (
    # moderation talk that asks nothing against the member
    "<@9> can you kick the afk bot",
    "<@12> was banned by mistake, unban pls",
    "<@7> needs to be unbanned",
    "<@11> needs to be added to the list",
    # negations, other subjects, reports, questions, quotes, jokes
    "<@9> shouldnt be banned",
    "<@4> should not get kicked for that",
    "<@3> should never be banned",
    "i should get banned lol",
    "i dont wanna get banned",
    "<@18> said i should get kicked",
    "he said <@9> should be banned",
    "should <@12> be banned?",
    "<@9> needs to be banned?",
    "why does <@38> need to be kicked?",
    "<@9> we should get banned together lol",
    "<@9> should be banned lol jk",
    # logistics, a reason, game talk
    "kick <@9> from the queue when hes afk?",
    "<@6> should get kicked from the queue, hes afk",
    "mods <@9> needs to be banned, he posted a scam link",
    "<@10> needs to be kicked off the ball in fifa",
    "kick the ball to <@3>",
    "dont let <@5> solo the boss",
    "dont let <@55> join without the rules role, lol jk welcome",
    "dont let <@9> join yet, the server isnt ready",
    "dont let <@13> join the raid, hes undergeared",
    "dont let <@35> join till after the match",
    "dont let <@9> back in the game",
    "dont let <@17> back down",
    "dont let <@29> in on the secret",
    "dont let me join lol",
    "dont let the bot join the vc",
    "she said dont let <@24> join",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord58_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.MENTION, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord58_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
