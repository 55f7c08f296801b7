"""Shapes of the gamechat23 round (targeting_gamechat23, gamechat23_words and its
lexicon lines), at default settings: a K/D record thrown back at a player still in the
chat, a rank doubted at its holder, a player left in a low rank, the reader's stats
pointed at, a bought account, a stat of the reader's judged; with the look-alikes that
stay clean: no record or the writer's side's score, a line that goes on, help, the
writer's own purchase or stats, a thing judged."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a K/D record and the player still in the chat
    "0/8 and still talking",
    "ur 1/9 and still typing",
    "2-11 and still flaming lol",
    "10/3 and still talking",
    "0/5 and ur still talking",
    # a rank doubted at its holder
    "how are u plat",
    "how r u gold even",
    "how are you diamond with that aim",
    "how are you silver lmao",
    "what rank r u even",
    "what rank are you even",
    "how is he plat",
    "how is this guy diamond lol",
    "what elo r u even",
    "whats ur rank even",
    # a player left in a low rank
    "stay bronze",
    "enjoy silver kid",
    "see u in iron lol",
    "stay hardstuck",
    "back to silver kid",
    # the reader's stats pointed at
    "look at ur kda",
    "look at your kda lol",
    "check ur stats before u talk",
    "look at ur score then talk",
    # a bought account thrown at a player
    "bought account",
    "bought acc",
    "u bought ur acc",
    "who bought this account",
    "this guy bought his account",
    "imagine being boosted",
    "account comprato",
    # a stat of the reader's judged
    "ur rank is a joke",
    "your aim is trash",
    "your aim is so trash",
    "ur gameplay was garbage",
    "la tua mira fa schifo",
    # a loss mocked
    "imagine losing to this",
    "imagine playing like that",
)

CLEAN = (
    # no record, the writer's side's score, a line that goes on
    "he is still talking",
    "she was at the door and still talking",
    "we are 3-1 and still talking about it",
    "0/8 and still talking to my team about it",
    # a rank asked in good faith or praised, a line that goes on
    "what rank are you? i'm gold",
    "how are you plat already? i want to climb too",
    "how are u so good",
    "how are you? gold here",
    "how is he plat already? nice",
    # the writer's own rank, a rank's rewards, a line that goes on
    "i'll stay bronze forever lol",
    "we stay silver",
    "enjoy bronze rewards",
    "stay silver this season",
    "back to silver prices",
    # help, the writer's stats
    "check your stats in the menu",
    "look at my kda lol",
    "whats ur kda",
    # the writer's own purchase
    "i bought this account",
    "we bought account boosts once",
    "anyone can buy an account",
    "ho comprato un account",
    # a thing judged, the writer's, asked
    "my rank is a joke",
    "the rank system is a joke",
    "my aim is trash",
    "is your aim trash?",
    "imagine if we win this",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_gamechat23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_gamechat23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
