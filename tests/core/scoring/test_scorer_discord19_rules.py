"""Shapes of the discord19 round (targeting_discord19, discord19_words and its lexicon
lines), at default settings: a kind reason after a kept-out member, a question jab, an
exclaimed archetype or a known address clears it; a bare archetype closing an order;
the room asking itself to kick a
member, "just disappear" sent whole, the reader's family turned against them, an ableist
jab at the reader's conduct, a send-off into nothing, the room leaving when a member
joins, exposure to the room; with the look-alikes that stay clean and the jabs that stay
aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # no kind reason: the words stay aimed
    "dont invite him, he's weird",
    "kick him from the gc, he's so annoying",
    "remove him from the group chat, he's cringe",
    "dont invite him to the vc, he's a creep",
    "are u slow? hurry up",
    "are u slow",
    "what a karen, grow up",
    "what a karen lol",
    "i have ur address, see u soon",
    # the room asks itself to kick a member, said whole
    "can we kick her already",
    "can someone ban him pls",
    "can we just remove her",
    "can we kick him out already lol",
    # "just disappear" sent whole
    "just disappear",
    "bro just disappear lol",
    # a bare archetype closing an order, a vocative
    "stay single incel",
    "stay single forever incel lol",
    # the reader's family turned against them
    "ur parents hate u",
    "your dad hates you",
    "ur family hates u fr",
    "ur parents regret having u",
    "your parents are ashamed of you",
    # an ableist jab at the reader's conduct
    "ur acting autistic",
    "you're being so autistic",
    "u got brain damage or something",
    "do you have brain damage",
    # a send-off into nothing
    "disappear already",
    "go disappear lol",
    "why dont u just vanish",
    # the room leaving when a member joins
    "lets all leave when she joins",
    "ok everyone dip when he joins",
    # exposure to the room
    "ill screenshot this and send it to everyone",
    "ill tell everyone what u said",
    "i'll show everyone ur dms",
    # Italian
    "i tuoi genitori ti odiano",
    "tua madre ti odia",
    "sei proprio autistico",
    "cacciamola dal gruppo",
)

CLEAN = (
    # a kind reason after a kept-out member
    "dont invite him, he's busy tonight",
    "dont add her, she's on vacation",
    "kick him from the vc, his mic is echoing",
    "remove him from the group chat, he asked to leave",
    "can we kick her? she's afk",
    "dont invite her, she's sick rn",
    # a patient tail after a question jab
    "are u slow? no worries ill wait",
    "are u slow? take ur time",
    # an archetype placed in a clip
    "what a karen lmao, the lady in the video i mean",
    # a delivery after a known address
    "i have ur address, sending the package tmrw",
    # no person kicked, a kick asked of the moderators
    "can we kick the ball around later",
    "can a mod kick him, he's spamming",
    # the writer's own, a game's move
    "i just disappear when im sad",
    "just disappear into the bush",
    "my parents hate me lol",
    "i act so autistic when im tired lol",
    "i think i have brain damage from this exam",
    "the enemies disappear after the wave",
    # a story's, a thing, a plan
    "his parents hate him in the show, its so sad",
    "ur mom hates spiders lol",
    "can we leave after this round",
    "screenshot this and send it to me later",
    "she threatened to show everyone my dms, help",
    # an archetype after a determiner, or going on
    "stay away from that incel",
    "go watch the incel episode",
    # Italian: the writer's own
    "mia madre mi odia lol",
    "cacciamo il boss stasera",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord19_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord19_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
