"""Shapes of the hatecheck72 round (targeting_hatecheck72, hatecheck72_words and its
en/cues.txt `[identity]` lines), at default settings: a group the cue lists did not know,
named by a plural that names only people ("libyans are animals", "amputees are
disgusting"), by an adjective-like name used bare ("the japanese are vermin", "i hate the
vietnamese") or by an everyday word that is also a group ("natives are animals",
"travellers should be driven out"), is aimed at the group; the words in their ordinary
senses, game talk, neutral and kind mentions, profanity, negations, counter-speech and
reports stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # plural names that name only people, read by the older shapes
    "libyans are scum",
    "somalians are a cancer",
    "i despise egyptians",
    "kenyans should be thrown out",
    "get rid of all the moroccans",
    "are colombians even human?",
    "aboriginals are subhuman",
    "amputees are disgusting freaks",
    "quadriplegics are a burden",
    # an adjective-like name used bare, as subject or object
    "japanese are vermin",
    "the vietnamese are filthy animals",
    "the congolese should be deported",
    "burmese are trash",
    "the portuguese are parasites",
    "i hate the japanese",
    "i hate the vietnamese, they ruin everything",
    # everyday words that are also groups
    "natives are animals",
    "the natives must die",
    "travellers are vermin",
    "travellers should be driven out of every town",
    "dwarfs are ugly",
)

CLEAN = (
    # the words in their ordinary senses
    "japanese food is disgusting lol",
    "the vietnamese restaurant is filthy",
    "white dwarfs are ugly",
    "the dwarfs in the hobbit are greedy",
    "travellers at the airport are annoying",
    "i hate the japanese exam",
    "the lebanese deserve better than this corrupt government",
    # game talk
    "the natives in this game are so annoying",
    "natives are so annoying, worst faction in the game",
    # neutral and kind mentions, profanity
    "the japanese make great cars",
    "natives of the island fish for a living",
    "the japanese are fucking fast",
    "japanese are so good at engineering",
    "travellers are always welcome here",
    # negations, counter-speech, reports and quotes
    "the japanese are not vermin",
    "libyans are not animals",
    "i don't hate the vietnamese",
    "saying travellers are vermin is disgusting",
    "he said somalians are subhuman and got banned",
    "the phrase 'natives are animals' is racist",
    "the empire tried to wipe out the vietnamese",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hatecheck72_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hatecheck72_aims_at_the_group(scorer: Scorer) -> None:
    assert scorer.score("libyans are animals").target is TargetKind.GROUP
    assert scorer.score("the japanese are animals").target is TargetKind.GROUP
    assert scorer.score("i hate the vietnamese").target is TargetKind.GROUP
    assert scorer.score("travellers are vermin").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hatecheck72_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
