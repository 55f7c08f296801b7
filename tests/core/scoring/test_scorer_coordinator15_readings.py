"""Readings the coordinator of the fifteenth session added (issue 8), each from a
near-miss set scored before reading the rounds' code, the lines written after the rule or
lexicon line and checked once:

- an unkind-sounding order the writer joins is an invitation ("touch grass with me",
  "get lost with me in the new map"); insults, threats and self-harm orders keep their
  reading whoever comes along;
- "get lost in" a thing is to be absorbed by it, and the reader sent to waste "where you
  belong" is a put-down;
- harm promised to the next member of a group met, in the plain present, beside
  hatecheck20's "gets a beating"; reports of harm and game talk stay clean.
"""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

INVITATIONS = [
    "touch grass with me this weekend?",
    "wanna touch some grass with me after class?",
    "go touch grass with us at the park sunday",
    "get lost with me in the new zelda map",
    "lets go on a diet with us after the holidays",
    "vai a dieta con noi a gennaio",
]
ORDERS_KEPT = [
    "touch grass with your fake friends",
    "get lost with ur dumb clan",
    "go touch grass nerd",
    "get lost with me, loser",
    "go die with me tonight",
    "kill yourself with me",
]
ABSORBED_AND_BELONGING = [
    "get lost in this book, it is so good",
    "you could get lost in that soundtrack",
    "i want to get lost in a long novel",
    "get lost in these photos from iceland",
    "lets get lost in an open world game",
    "go back home where you belong, love",
    "put it in the trash where it belongs",
]
SENT_AWAY = [
    "get lost, nobody asked",
    "just get lost already",
    "get lost in the woods loser",
    "go get lost in the trash where you belong",
    "crawl back to the dumpster where u belong",
    "stay in the sewer where you belong",
]
PROMISE_HOSTILE = [
    "the next gay I see gets punched",
    "any muslim who walks in here gets stabbed",
    "every immigrant I meet gets his ass beat",
    "the next refugee I see gets shot",
]
PROMISE_CLEAN = [
    "a black kid gets shot by police every week",
    "my brother gets punched in boxing class",
    "the next enemy I see gets shot",
    "the next zombie I see gets stabbed",
]


CLEAN = INVITATIONS + ABSORBED_AND_BELONGING + PROMISE_CLEAN
HOSTILE = ORDERS_KEPT + SENT_AWAY + PROMISE_HOSTILE


@pytest.mark.parametrize("text", CLEAN)
def test_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile
