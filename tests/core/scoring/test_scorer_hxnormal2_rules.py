"""Shapes of the hxnormal2 round (targeting_hxnormal2, hxnormal2_words), at default
settings: an identity slur used as the modifier of a noun of speech names the words said,
not the people ("his towelhead comments", "the tranny slur", "her kike remarks"), and
reads as a word mentioned; the slur said of a person or a group near the same nouns, after
a hostile word or to the reader, or the words enjoyed ("i love paki jokes"), stays aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # the slur said of people near a noun of speech
    "the towelhead who wrote those comments should leave",
    "kikes and their comments never stop",
    "shut up spic, keep your remarks to yourself",
    "you chink jokes are all you have",
    "filthy paki comments again, deport them",
    "stupid faggot jokes from a stupid faggot",
    # the words enjoyed
    "i love paki jokes",
    "that chink joke was hilarious",
    "tell me your best spic joke",
    "kike jokes are the best",
    # a pause between the slur and the noun
    "shut up nigger, comments are closed",
)

CLEAN = (
    "he was sacked for his towelhead comments",
    "the tranny slur keeps showing up in her replies",
    "their kike remarks were all over the news",
    "enough with the spic jokes",
    "the raghead trope is lazy writing",
    "his faggot tweets from 2012 came back",
    "the paki chants were reported to the police",
    "we removed the chink memes from the server",
    "the dyke jokes in that film are not funny",
    "the retard insults in the chat got him muted",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hxnormal2_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_hxnormal2_keeps_the_group(scorer: Scorer) -> None:
    assert scorer.score("kikes and their comments never stop").target is TargetKind.GROUP
    assert scorer.score("i love paki jokes").target is TargetKind.GROUP


@pytest.mark.parametrize("text", CLEAN)
def test_hxnormal2_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text


def test_hxnormal2_reads_a_word_mentioned(scorer: Scorer) -> None:
    assert scorer.score("he was sacked for his towelhead comments").target is TargetKind.REPORTED
