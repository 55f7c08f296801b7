"""Shapes of the discord44 round (targeting_discord44, discord44_words), at default
settings: a slang blow to a part of the reader's body ("i'll kick ur jaw", "gonna slap ur
teeth out"), a name-call after only a dismissal ("whatever you say nerd", "k clown") and a
roast label ("virgin energy", "you give off creep vibes", "main character syndrome ass")
are aimed at the reader; game and everyday verbs, self-talk, things, friendly
dismissals, reported and negated lines stay clean, and so does meme dialogue retold
between the writer and a third party ("me: hey. her: fuck off loser")."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

HOSTILE = (
    # a slang blow to the reader's body
    "we gonna stomp ur head in",
    "i'll kick ur jaw",
    "i'll crack ur skull",
    "imma bust ur lip lol",
    "gonna slap ur teeth out",
    "bro gonna snap ur neck",
    "we gonna beat ur head in fr",
    # a name-call after only a dismissal
    "whatever you say nerd",
    "k clown",
    "ok buddy whatever you say dork",
    "sure jan, whatever u say clown",
    "whatever u say loser",
    "if u say so clown",
    # a roast label
    "virgin energy",
    "major virgin energy",
    "you give off creep vibes",
    "ur giving creep vibes",
    "u give off weirdo vibes",
    "so much loser energy",
    "main character syndrome ass",
    "you got main character syndrome",
    # a "you:" label keeps the older reading
    "me: hey. you: stfu loser",
)

CLEAN = (
    # game, sport and everyday verbs
    "we stomped them 3-0",
    "kick the ball to me",
    "break the meta with this build",
    "i'll break your heart",
    "kick ur feet up and relax",
    "i'll kick ur butt in fortnite",
    "i'll crack ur skull next round gg",
    "gonna break my leg on these stairs",
    # negated, reported, asked
    "i'm not gonna break ur nose",
    "he said he'd kick ur jaw",
    "would you break ur arm for that",
    "he said whatever you say loser",
    # self-talk, things, friendly dismissals
    "i'm such a nerd lol",
    "i give off creep vibes in photos lol",
    "that house gives off creepy vibes",
    "whatever you say, boss",
    "whatever you say, i'm the idiot",
    "i guess if you say so im the loser",
    "sure thing, see you at 8",
    "virgin energy drink",
    "virgin olive oil",
    "main character syndrome is a real thing",
    "i have main character syndrome",
    # meme dialogue: a scene retold
    "me: hey. her: fuck off loser",
    "mom: clean your room. me: shut up idiot (i did not say that)",
    "teacher: where's your homework. me: fuck off",
    "me: *exists* my sister: ugh ur such a loser",
    "boss: can you stay late. me: go to hell (i said yes)",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord44_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


def test_discord44_blow_is_at_the_reader(scorer: Scorer) -> None:
    assert scorer.score("i'll kick ur jaw").target is TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", CLEAN)
def test_discord44_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
