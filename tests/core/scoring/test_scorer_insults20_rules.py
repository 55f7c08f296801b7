"""Shapes of the insults20 round (targeting_insults20, insults20_words), at default
settings: the reader's words named with a stupidity word before them ("what an idiotic
comment", "your moronic rants", "that stupid post of yours") and the reader's mind or IQ
found damaged or low ("you must have brain damage", "your iq is lower than a rock") are
aimed at the reader; the writer's own words and mind, a third person's, things, denials,
questions, conditions, reported speech, quotes, care and praise stay clean."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the reader's words with a stupidity word before them
    "what a moronic remark",
    "wow what an utterly stupid reply",
    "what a dumb thing to write lol",
    "such an imbecilic argument",
    "that was a dumb response",
    "thats a stupid opinion",
    "this is such an idiotic post",
    "any evidence for that moronic statement?",
    "that idiotic reply of yours",
    "yet another braindead post from you",
    "nobody needs your ridiculous rants",
    "save your pathetic excuses and your stupid comments",
    # the reader's mind or iq found damaged or low
    "you surely have brain damage",
    "you must have some real mental problems",
    "you guys clearly have mental issues",
    "you're obviously brain damaged",
    "you are one mental case",
    "ur iq is so low",
    "your iq has to be below zero",
    "your iq must be in the single digits",
)

CLEAN = (
    # the writer's, a third person's, things, praise
    "what a stupid remark i made yesterday",
    "what a dumb reply from the governor",
    "that moronic statement the minister made",
    "my idiotic post got deleted",
    "the stupid comments on that video were removed",
    "what a stupid rule",
    "what a brilliant reply",
    "that is a clever argument",
    # denied, asked, reported, quoted
    "that isn't a dumb response",
    "there are no stupid opinions here",
    "is that a stupid comment?",
    "he said what a stupid comment",
    '"what an idiotic comment" is a meme',
    # the mind or iq of the writer, of others, care, conditions, denials
    "i have mental issues too",
    "my dad has brain damage from a stroke",
    "the brain damaged patient recovered",
    "she has mental problems and needs care",
    "you don't have mental issues, you are just tired",
    "you have no mental issues, the doctor said so",
    "if you have mental problems, please talk to someone",
    "do you have mental issues in your family?",
    "i think my iq is low today lol",
    "your iq is high",
    "your iq is not low",
    "his iq is lower than mine",
    "the mental case files were sealed",
    # friendly swearing
    "holy shit what a reply",
    "damn that comment was fucking great",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_insults20_hostile(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.SECOND_PERSON, text


@pytest.mark.parametrize("text", CLEAN)
def test_insults20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
