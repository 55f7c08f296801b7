"""Shapes of the discord23 round (targeting_discord23, discord23_words and its lexicon
lines), at default settings: a member's lack or looks said with chat's "bro" for them, the
reader's father said to have left them (English and Italian), "seethe and cope" told to
the reader; with the look-alikes that stay clean ("my bro has no life this week", "ur
dad left u a note", the writer's own), and "touch grass" naming a thing and "cry harder"
in a comparison, cleared, while the jabs themselves stay aimed."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a member's lack with chat's name for them
    "bro has no friends",
    "blud has no life",
    "bro really has no friends 💀",
    "bruh has no life lmao",
    "this guy has no life lol",
    "lil bro has no rizz",
    "dude literally has zero friends",
    "homie got no life fr",
    # chat's "bro" as the subject of a looks or an insult word
    "bro is ugly af",
    "bro s so fat",
    "dude is ugly lol",
    "bro is lowkey ugly ngl",
    "bro is so fat lmao",
    # the reader's father gone
    "ur dad left u",
    "your dad left you for a reason",
    "ur dad never came back lol",
    "your father left you",
    "ur dad abandoned u fr",
    "tuo padre ti ha abbandonato",
    "tuo padre non è mai tornato",
    "tuo padre non e piu tornato ahah",
    # "seethe and cope" told to the reader
    "seethe and cope",
    "now seethe and cope lol",
    # the older jabs stay aimed
    "touch grass loser",
    "go touch grass",
    "touch some grass lmao",
    "cry harder",
    "cry harder lmao",
    "cope harder",
    "u have no life lol",
    "no wonder ur dad left",
)

CLEAN = (
    # a lack said of no member named as chat names one
    "my bro has no life this week, exams",
    "bro i have no life",
    "bro has no friends?",
    "the main character has no friends in season 1",
    "he has no friends at school, be nice to him",
    "my cat has no friends lol",
    "she said bro has no life",
    "bro has no life in that show, its so sad",
    # chat's "bro" before a thing, a clause going on, a question
    "bro the map is ugly lol",
    "bro this skin is ugly",
    "bro is ugly crying at this movie",
    "bro is fat and happy now",
    "bro is fat?",
    "bro, ugly sweater day is tmrw",
    # a father's errand or gift
    "ur dad left u a note on the fridge",
    "your dad left you some pizza",
    "ur dad never came back to get his jacket",
    "ur dad left u?",
    "my dad left me",
    "did ur dad leave",
    "tuo padre non è mai tornato a prenderti?",
    "mio padre non è mai tornato",
    "tuo padre ti ha lasciato le chiavi",
    # "seethe and cope" of the writer or others
    "i seethe and cope daily lmao",
    # "touch grass" naming a thing, "cry harder" compared
    "touch grass achievement unlocked",
    "my touch grass era starts tmrw",
    "the touch grass challenge is so hard",
    "cry harder than me at the finale, impossible",
    "cry harder at the ending than i did, i dare u",
    # the writer's own
    "i need to touch grass lol",
    "i cried harder than anyone at that movie",
    # older readings kept
    "skill issue",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord23_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord23_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
