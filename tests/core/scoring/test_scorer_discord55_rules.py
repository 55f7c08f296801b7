"""Shapes of the discord55 round (targeting_discord55, discord55_words), at default
settings: the moderators or the room asked to remove a member named right after the
removing verb by a user mention, a pronoun or "this kid" ("mods ban <@1>", "can a mod
kick him", "someone ban this kid", "pls kick <@3>", "ban him mods"), the call opening its
sentence, is aimed at the member; a reason after it (a report of spam or a broken rule,
logistics, the member's own wish), the writer, bots, things, game talk, a bare order
nobody is asked to carry out, negations, questions, reports and quotes stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # this round's own lines: who is asked, then the verb
    "mods kick <@11>",
    "admins pls remove <@12>",
    "can a mod mute <@13> already",
    "somebody timeout <@14>",
    "plz ban him",
    "yo someone kick that dude",
    "guys can an admin ban <@15>",
    "please remove her lol",
    # the older "kick him", "ban this" and "mute" lines with who is asked
    "mods, kick him",
    "mods can you ban her",
    "remove that girl admins",
    "mute him mods rn",
    "timeout them mods",
    "kick this kid mods pls",
)

CLEAN = (
    # a reason after the member: a report, logistics, the member's own wish
    "mods ban <@21>, he posted a scam link",
    "mods kick her shes spamming",
    "someone timeout <@22> hes posting slurs",
    "pls mute him his mic is looping",
    "can a mod remove <@23>, she asked to leave",
    # the writer, bots, things, game talk
    "mods ban me i need to study",
    "someone kick the music bot",
    "pls remove the spam links",
    "please kick off the stream",
    "ban morgana this game",
    "vote kick the afk",
    # a bare order nobody is asked to carry out: a bot's command, game talk
    "!ban <@24> spamming",
    "kick him",
    "lol ban her",
    # negations, questions, reports, conditions, quotes
    "mods dont ban him",
    "why did the mods kick him?",
    "did someone mute <@25>?",
    "he got banned lol",
    "i told the mods ban him",
    "if he spams again mods ban him",
    'she typed "mods ban him" as a joke',
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord55_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord55_aims_at_the_member(scorer: Scorer) -> None:
    assert scorer.score("mods ban <@1>").target is TargetKind.MENTION
    assert scorer.score("can a mod kick him").target is TargetKind.THIRD_PERSON
    assert scorer.score("ban this kid mods").target is TargetKind.THIRD_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord55_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
