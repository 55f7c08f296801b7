"""Shapes of the discord37 round (targeting_discord37, discord37_words and its lexicon
lines), at default settings: dismissive put-downs of the reader with no insult word,
read only as a whole line: the reader's claim waved off ("sure you are buddy", "keep
telling yourself that"), the reader silenced ("sit down and be quiet") or sent to read
("go read a book"); and "stay mad" before a kind word, a wish ("stay mad cute"); with
the look-alikes that stay clean (the line going on, asked, reported or quoted, a kind
word or emoji after). English only."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

WAVED_OFF = (
    "sure you are buddy",
    "yeah sure u are lol",
    "oh sure you did sweetie",
    "sure jan",
    "keep telling yourself that",
    "keep telling urself that bro",
    "whatever helps you sleep at night",
    "cool story bro",
    "cool story bro, nobody asked",
    "<@123> sure you are",
)

SILENCED_OR_SENT_TO_READ = (
    "sit down and be quiet",
    "sit down and hush",
    "sit down kiddo",
    "shh the adults are talking",
    "be quiet kid, the adults are talking",
    "read a book",
    "go read a book lol",
    "maybe read a book for once",
    "try reading a book before you talk",
    "log off and read a book",
    "pick up a book sometime",
    "go read a book nerd",
)

STAY_MAD = ("stay mad", "stay mad kid", "stay mad at me")

CLEAN = (
    # the line goes on
    "sure you are welcome to join",
    "make sure you are on time",
    "im sure you are gonna do great",
    "sure you do, just type !join",
    "keep telling yourself that you can do it!",
    "cool story, tell me more",
    "whatever helps you sleep at night is fine",
    "sit down and relax, the stream starts soon",
    "be quiet in the library pls",
    "the kids are asleep so i have to be quiet",
    "the adults are talking about taxes again",
    "read a book on the train",
    "going to read a book before bed",
    "read a book to your little brother",
    "hush little baby",
    # asked, reported, quoted
    "sure you are?",
    "are you sure you did it right?",
    "she said sure you are invited",
    "he told me to sit down and be quiet",
    "my teacher told me to read a book",
    '"sure you are buddy" is a meme',
    # a kind word or emoji after
    "yeah sure you are lol ily",
    "sure you are 🥰",
    # "mad" as "very"
    "stay mad cute",
    "stay mad pretty bestie",
    "stay mad humble king",
)


@pytest.mark.parametrize("text", WAVED_OFF)
def test_discord37_waved_off(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, text
    assert verdict.target is TargetKind.SECOND_PERSON, text


@pytest.mark.parametrize("text", SILENCED_OR_SENT_TO_READ + STAY_MAD)
def test_discord37_silenced_or_sent_to_read(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord37_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
