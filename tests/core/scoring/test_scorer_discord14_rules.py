"""Shapes of the discord14 round (targeting_discord14, discord14_words, its lexicon lines
and its fix at depth in gamechat8_words), at default settings: "npc" as a name-call said
of the reader or a player, "go unalive" ordered with no object, "u smell", "imagine
having no friends", the absent-parent jab at the reader ("ur dad went for milk") and
"lets mass report him"; with the look-alikes that stay clean ("that npc gave me a
quest", "go unalive the boss", "u smell that?", "imagine having no lag", "my dad went
for milk", "mass report the spam bot", "you fell off the ledge lol"). Past the round's
own probe lines, each rule's lines were written after it and checked once against it.
English only: the shapes are English chat slang."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # "npc" said of the reader or a player (gamechat8 aims it as "bot")
    "ur such an npc fr",
    "ur literally an npc",
    "this guy is an npc",
    "bro is an npc",
    # "unalive" ordered with no object
    "just go unalive already",
    "go unalive, nobody would care",
    "u should unalive fr",
    "just unalive bro",
    "go unalive tonight",
    # the reader's smell
    "you smell like a sewer",
    "u reek bro",
    "u smell so bad",
    "ew you smell",
    "you reek of desperation",
    "go shower you smell",
    # a lack of friends or a life, sneered at
    "imagine having no friends lmao",
    "imagine having zero personality",
    "imagine having no rizz 💀",
    "imagine not having any bitches",
    "imagine having no job at 30",
    # the absent-parent jab at the reader
    "ur father went for milk 💀",
    "ur mom went to get milk huh",
    "ur parents left for a reason",
    "ur dad left for a reason lmao",
    "your dad went for milk",
    # a pile-on on a person
    "everybody mass report her rn",
    "pls mass report his channel",
    "lets go mass report him",
    "mass report her shes annoying",
    "yall mass report him",
    # the "fell off" taunt (an older lexicon line) with no place after it
    "u fell off so hard",
    "you fell off bro",
    "ngl you fell off after season 2",
    "you fell off lmao",
    "you fell off, nobody watches u anymore",
)

CLEAN = (
    # the game's npcs
    "the npc is bugged",
    "talk to the npc",
    "i love that npc",
    "the npc sells potions",
    "i'm such an npc today lol",
    # "unalive" with a thing to kill
    "go unalive the zombies",
    "just unalive that boss",
    "u should unalive the healer first",
    "go unalive all of them in wave 5",
    "we should unalive the dragon",
    # a smell asked about
    "u smell something burning?",
    "you smell that pizza?",
    "you smell it too?",
    "do u smell gas",
    "i smell pizza",
    "can you smell the rain",
    "what do you smell",
    "could you smell it from there",
    "you smell so good",
    "u smell nice today",
    "you smell amazing",
    "you smell really fresh after the gym",
    "omg you smell lovely",
    # envy of a thing lacked
    "imagine having no ads",
    "imagine having zero ping",
    "imagine having no bugs",
    "imagine not having any exams",
    "imagine having no school tomorrow",
    # someone else's parent, or nobody's
    "my mom went to get milk",
    "the cat went for milk",
    "she left for a reason, she got a new job",
    "our dad went for milk earlier",
    "i left for a reason",
    # reports of things
    "mass report the spam bot",
    "mass report the bots in general chat",
    "dont mass report people for fun",
    "mass report the scam links",
    "lets report the bug",
    # a fall from a place
    "you fell off the ledge lol",
    "u fell off ur chair?",
    "u fell off the map again lmao",
    "you fell off your bike?",
    "you fell off a cliff in that clip",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord14_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord14_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
