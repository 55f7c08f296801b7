"""The vulgar rules (issue 8, targeting_vulgar.py) as their specification: a slur or
insult mentioned as a word, a curse shouted at a situation, a thing people curse at
said as a subject, an order met at once by disbelief; each with the aimed lines beside
it that must stay flagged, in English and Italian."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

# fmt: off
# Mentioned as a word: named by a word noun, used by a verb of using, asked about.
MENTIONED: tuple[str, ...] = (
    "the term feminazi is a figure of speech", "slurs like tranny and spic are banned here",
    "retard is a slur", "is retard a slur?", "why is retard considered a slur",
    "retard and faggot are just words, get over it", "he used dyke twice in one post",
    "they keep using faggot as an insult", "i tweeted faggot uncensored once",
    "some people think 'retard' should never be used", "'bitch' gets thrown around a lot",
    "retard means slow in french", "honestly the slur tranny should be retired",
    "la parola frocio è un insulto", "usano parole come froci",
)
# Said of someone, or a claim about people: still aimed.
MENTIONED_AIMED: tuple[str, ...] = (
    "you're a retard", "faggot is the word for you", "the retard is a slur on this forum",
    "retards are an insult to humanity", "shut up 'retard'", "long term immigrants are parasites",
    "you are a faggot, that's the word", "fuck you retard",
)
# A curse shouted at a situation: the line's other clause is about a thing or the speaker.
SHOUTED: tuple[str, ...] = (
    "son of a bitch, the power went out", "oh son of a bitch, the bus left without me",
    "the app crashed again, piece of crap", "my car battery died this morning, piece of shit",
    "son of a bitch, my phone died", "vaffanculo, la macchina non parte",
    "vaffanculo, sto treno è sempre in ritardo",
)
SHOUTED_AIMED: tuple[str, ...] = (
    "son of a bitch, you lied", "son of a bitch, he stole my kill", "you son of a bitch",
    "nice throw, piece of shit", "lost again, motherfucker", "piece of shit",
    "vaffanculo, il governo ci riempie di immigrati", "fanculo, questi zingari rubano sempre",
)
# A thing people curse at, alone as the subject.
THINGS: tuple[str, ...] = (
    "winter is a bitch up here", "traffic is a bitch on fridays",
    "homework is a motherfucker this week", "lag is a bastard tonight",
    "insomnia is a real bitch",
)
THINGS_AIMED: tuple[str, ...] = (
    "my ex is a bitch", "mike is a bitch", "pudge is a bitch", "Butts was stupid enough to try",
)
# An order met at once by disbelief.
DISBELIEF: tuple[str, ...] = (
    "fuck off, no way", "fuck off, really?", "shut the fuck up, seriously?",
    "fuck off, you're joking", "get the fuck out, are you serious?",
    "shut the fuck up, you're kidding me", "piss off, really? that's brilliant",
)
DISBELIEF_AIMED: tuple[str, ...] = (
    "fuck off, seriously.", "fuck off, really? you idiot", "fuck off, no way i'm helping you",
    "fuck off", "shut up, no way you loser",
)
# fmt: on


@pytest.mark.parametrize("text", MENTIONED + SHOUTED + THINGS + DISBELIEF)
def test_clean_shapes(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", MENTIONED_AIMED + SHOUTED_AIMED + THINGS_AIMED + DISBELIEF_AIMED)
def test_aimed_lines_stay_flagged(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


def test_a_mentioned_word_is_explained(scorer: Scorer) -> None:
    """The word is still found (an explanation names it); only its aim is cancelled."""
    verdict = scorer.score("retard is a slur")
    assert [m.term for m in verdict.matches] == ["retard"]
    assert not verdict.hostile
