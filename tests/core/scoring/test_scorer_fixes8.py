"""The fixes8 review of the eighth session's rule rounds (italian5, leftovers8, gamechat9):
each wrong reading the review found, as its review line and fresh lines both ways (the
reading that must stay beside the one corrected)."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer
from bot.core.scoring.verdict import TargetKind

# fmt: off
HOSTILE: tuple[str, ...] = (
    # italian5: a curse with a clitic still falls on a person (a man, a thief, everyone)
    "che dio la maledica", "che dio lo maledica quel vigliacco", "dio li fulmini tutti quanti",
    # italian5: the gallows called for someone "per" names, the reader too
    "per soros ci vuole la forca", "per quei corrotti ci vuole la forca",
    "per te ci vuole la forca",
    # leftovers8: harm wished on a person "that"/"this" points at
    "i hope someone stabs that bitch", "i hope someone slaps that idiot",
    "hope someone punches that guy in the face",
    # leftovers8: harm wished with a weapon is no contest
    "hope someone hits you with a truck", "hope someone smashes you with a brick",
    "i hope someone beats him with a pipe",
    # leftovers8: a vocative with harm done to a person, or "what you did", is no praise
    "you sick bastard, you made her cry", "you crazy bastard, look what you did",
    "you sick bastard you hit him",
    # leftovers8: harm promised to the reader's things ("about to", "going to")
    "going to slash your tires tonight", "about to smash your windows",
    "bout to key ur car",
    # gamechat9: a game lost because of the reader
    "we lost the game because of you", "because of you we lost again",
    "lost another round because of you",
    # gamechat9: the gloat itself
    "ez", "ez clap", "ezz get rekt",
    # gamechat9: a mocker said to play better than the reader
    "my dog aims better than you", "my nan aims better than u",
    "my hamster could play better than you",
    # gamechat9: "threw it" said of a player is a game thrown
    "you threw it", "our mid threw it again", "jett threw it hard",
)

CLEAN: tuple[str, ...] = (
    # italian5: a curse on a thing the demonstrative points at
    "che dio la maledica sta pioggia", "dio la fulmini sta connessione",
    "che dio le maledica ste bollette",
    # italian5: the writer at the gallows ("per me": their own, or "in my view")
    "per me ci vuole la forca, ho sbagliato tutto",
    "per me ci vuole la forca, ho dimenticato il compleanno di mia madre",
    "per noi ci vuole la forca dopo sta figuraccia",
    # leftovers8: "this"/"that" before a game's thing or a creature
    "i hope someone kills this boss for me", "hope someone beats that raid before reset",
    "i hope somebody kills that dragon for me lol",
    # leftovers8: "with" and no weapon: a contest or a kindness
    "i hope someone hits you with the facts", "hope someone beats you with a meta deck",
    "i hope someone hits you with some good news today",
    # leftovers8: a feat praised after an admiring vocative
    "you crazy bastard you actually did it", "you mad bastard you finally nailed it",
    "you lucky bastard you got it first try",
    # leftovers8: "to" alone is any infinitive, no promise ("how to", "ways to")
    "the fastest way to break your phone is dropping it",
    "5 ways to wreck your car without noticing", "how to trash your house in a weekend",
    # gamechat9: weight, hope or temper lost, or a win, beside "because of you"
    "i lost 10 pounds because of you, thank you so much",
    "because of you i never lost my temper this season",
    "because of you we finally won after losing ten in a row",
    # gamechat9: "ez" before the thing it calls easy
    "ez fix, just restart the client", "thats an ez way to farm xp",
    "ez mode is fine for the story",
    # gamechat9: "better than you think" compares with what the reader expects
    "my grandpa plays better than you think",
    "my little sister plays better than you expected, she practiced all summer",
    "my cat aims better than you imagine, watch the clip",
    # gamechat9: "threw it" and a direction throws a thing, no game
    "kobe threw it down", "my dog grabbed the frisbee and threw it back",
    "she threw it up after the rollercoaster lol",
)

# italian5: a bare "6" with an English stress word before an English plural counts people
# ("6 pure idiots"); with an Italian name-call it is still "sei".
NOT_THE_READER: tuple[str, ...] = (
    "there were 6 pure idiots in my lobby", "we queued into 6 pure tryhards",
    "6 solo noobs in one match",
)
THE_READER: tuple[str, ...] = ("6 pure scemo", "6 pure stupido", "6 proprio un cretino")
# fmt: on


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_kept(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", CLEAN)
def test_clean_readings(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert not verdict.hostile, verdict.explanation


@pytest.mark.parametrize("text", NOT_THE_READER)
def test_english_six_counts(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).target is not TargetKind.SECOND_PERSON


@pytest.mark.parametrize("text", THE_READER)
def test_italian_six_is_sei(scorer: Scorer, text: str) -> None:
    verdict = scorer.score(text)
    assert verdict.hostile, verdict.explanation
    assert verdict.target is TargetKind.SECOND_PERSON, verdict.explanation
