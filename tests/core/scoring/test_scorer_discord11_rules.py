"""Shapes of the discord11 round (targeting_discord11, discord11_words and its lexicon
lines), at default settings: exposure threats in lines with a game word, the reader kept
out of a voice chat or a team, an invite refused, "leave" said over and over, a
judgement handed on to "your personality", the reader's work run down with "quit" or
"stop posting"; with the look-alikes that stay clean (advice
not to leak one's own address, "kys = keep yourself safe", killing one's character to
respawn, "we don't want you in danger", praise handed on). Past the round's own probe
lines, each rule's lines were written after it and checked once against it."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # exposure threats in a line with a game word
    "i'll leak ur pics in the lobby chat",
    "keep talking and i post your address in #general",
    "imma leak your photos to the whole server",
    "i will post your selfies in every channel of this server",
    "i know your school, see you in the server tomorrow",
    "i'll send your selfies to everyone",
    # the reader kept out; an invite refused
    "we don't want you on our team",
    "nobody wants you in the guild",
    "we don't want you in vc",
    "don't invite her, she ruins every vc",
    "non ti vogliamo nel gruppo",
    "non ti vogliamo più in vocale",
    "non invitatelo alla partita, è tossico",
    "pubblico le tue foto se continui",
    # "leave" over and over
    "leave. leave. leave. leave.",
    "leave leave leave loser",
    # a judgement handed on to the reader's part
    "ur build is ugly and so is ur personality",
    "ur edit is garbage and so is ur attitude",
    "this comment is stupid and so is your opinion",
    "your music is trash and so is your voice",
    "ur pfp is ugly, and so is your face",
    # the reader's work run down and the reader told to stop making it
    "your drawings are garbage, quit art",
    "ur code is trash, learn to code",
    "your edits are cringe, delete it",
    "your songs are trash, give up",
    "ur mixes are garbage, stop uploading",
    # the shapes' cancellations leave the real thing alone
    "kys loser",
    "just kys already",
    "go kill yourself loser",
    "kill yourself irl",
)

CLEAN = (
    # advice not to expose oneself
    "never post your address in general",
    "don't leak your ip in the server chat",
    # "kys" glossed as the kind acronym
    "kys = keep yourself safe 💙",
    "kys!! (keep yourself safe)",
    "keep yourself safe kys 💙",
    "gn everyone kys = keep yourself safe",
    # killing one's character to respawn
    "kill yourself with tnt to respawn faster",
    "just kill yourself to reset the spawn",
    "kill urself in the void to respawn at your bed",
    "kys at the checkpoint and respawn",
    # care, not exclusion
    "we don't want you in danger",
    "nobody wants you in trouble, be careful",
    # a judgement kept on things or on the writer; praise handed on
    "the map is garbage and so is the lobby",
    "my drawing is ugly and so is my handwriting",
    "your build is amazing and so is your personality",
    "leave leave leave the lyrics go",
    # a thing run down with an order, or the writer's own work
    "the new patch is garbage, stop playing it",
    "my art is garbage, i should quit",
    "your ping is trash, restart the router",
    "your mic is trash, stop talking to me i cant hear",
    "my code is trash, learn to code they said",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord11_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord11_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
