"""Shapes of the precision19 round (targeting_precision19, precision19_words), at default
settings: a name-call the writer gives themself ("idiot me", "stupido io"), a thing named
with an insult word ("pussy hat", "losers bracket", "spic and span"), a slur named and
judged as a word, a thing let go ("let it all go away"), a fact about the reader
regretted ("i hate that you're leaving"), a slur's Spanish homonym, speech quoted with
"like" ("he was like fuck you and left"; never a quoted slur, nor a stereotype put in a
group's mouth, "women be like fuck you and then cry"), and precision18's
"a real live asshole" met; with the same words that stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # the name-call aimed at someone: a pause, a reader, "me" not right after
    "idiot, pass me the ball",
    "you moron",
    "dumbass you died again",
    "shut up clown",
    "idiota, passami la palla",
    "sei proprio un coglione",
    # "pussy" and "loser" said of a person
    "quit being a pussy",
    "what a pussy",
    "you're such a loser",
    "losers like you should uninstall",
    # the slur said of people, a determiner before it
    "filthy spic",
    "that ching chong guy is annoying",
    "that spic is racist",
    "this faggot is offensive",
    # "go away" told to the reader
    "go away",
    "just go away now",
    "nobody asked you, go away",
    # hatred of the reader, or of the reader's being
    "i hate you",
    "i hate that you were born",
    "i hate that you're alive",
    "i hate that you're a liar",
    # the slur in an English sentence
    "get lost negro",
    # a name-call with no verb of meeting
    "you are a real live asshole",
    # a likeness or the reader, not a quote; the writer now, maybe to the reader
    "you're like fuck you",
    "it's like fuck you too",
    "he's like a total moron",
    "they are like animals",
    "muslims are like rats",
    "im like bro shut up",
    "i'm like you're an idiot",
    # a slur quoted still carries it; a stereotype put in a group's mouth
    "he was like you stupid faggot",
    "league be like kill yourself faggot",
    "jews be like gimme money you stupid goyim",
    "women be like fuck you and then cry",
    "gay people be like shut up",
)

CLEAN = (
    # a name-call the writer gives themself
    "idiot me forgot to charge my phone",
    "moron me queued without a headset",
    "ugh dumbass me",
    "classic clown me",
    "fuck idiot me left my wallet at home",
    "stupido io che ci ho creduto",
    "idiota io che ci sono cascato",
    "coglione io che ho aspettato",
    # a thing named with an insult word
    "she brought her pussy hat",
    "grab your pussy hat for the march",
    "knitting pussy hats all weekend",
    "we fell into losers bracket",
    "loser's bracket is brutal this year",
    "the losers round starts soon",
    "my kitchen is spic and span",
    "keep the bathroom spic n span",
    # a slur named and judged as a word
    "ching chong is racist",
    "tranny is an offensive word",
    "spic is a derogatory term",
    "frocio è un termine offensivo",
    # a thing let go
    "let it all go away",
    "let that go away",
    "just let all this go away",
    # a fact about the reader regretted
    "i hate that you're moving away",
    "i hate that you got sick",
    "i hate that you have to leave early",
    "i hate that you lost your phone",
    # a slur's Spanish homonym in a Spanish sentence
    "el perro negro es muy grande",
    "kike es mi hermano",
    # speech quoted with "like"
    "he was like fuck off and walked out",
    "she was like shut up loser lmao",
    "and then he's like you're garbage",
    "and i was like go away lol",
    "they were all like go kill yourself",
    "my dad was like you're grounded idiot",
    "gamers be like shut up noob",
    # someone the reader met
    "looks like you ran into a real live asshole",
    "sounds like you met a real life jerk",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_precision19_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_precision19_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
