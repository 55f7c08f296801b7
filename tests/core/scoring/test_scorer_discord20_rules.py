"""Shapes of the discord20 round (targeting_discord20, discord20_words and its lexicon
lines), at default settings: an archetype's trait or a generation's brain sent as a
label said whole, a member's place in the room questioned said whole, the reader blamed
for a dead room; and clean: advice with a kind reason, a jab named as the subject of
talk about a roast, the generic "you" of a habit that makes anyone dumber, the same
words about oneself, a kind word or a clip after the words."""

from __future__ import annotations

import pytest

from bot.core.scoring.scorer import Scorer

HOSTILE = (
    # a label said whole
    "karen energy",
    "karen energy lol",
    "pick me behaviour tbh",
    "major karen energy",
    "pick me energy much",
    "the pick me energy is strong here",
    "ur giving karen energy",
    "boomer energy fr",
    "gen z brain",
    "zoomer brain lol",
    "millennial brain fr",
    "ur so pick me",
    "ur chronically online",
    "chronically online behavior",
    "clown behavior",
    "pick me girl",
    "thats why ur single",
    # a member's place questioned, said whole
    "who invited him lol",
    "who let her in here",
    "why is she even here lol",
    "who invited u",
    "who let you in lmao",
    "who invited this guy",
    "who invited her to the server lol",
    "didnt ask",
    "dont care didnt ask",
    "who even are u lmao",
    "bro who invited him",
    # the reader blamed for a dead room
    "ur the reason this server is dead",
    "you're the reason the chat is so boring",
    "ur the reason everyone left the vc",
    "ur the reason nobody talks here",
    # the send-off without a kind reason, the jab with no roast talk
    "go outside lol",
    "go outside, nobody likes u",
    "touch grass loser",
    "no wonder ur single",
    "ur so dumb lol",
    "ur so dumb is not a joke",
    "you make everyone dumber",
    "believing that makes you stupid",
    "go outside with ur friends lol",
    "cope harder",
    # Italian
    "chi l'ha invitato",
    "chi l'ha invitata lol",
    "chi ti ha invitato lol",
    "vai a toccare l'erba sfigato",
)

CLEAN = (
    # the writer's own
    "i have main character syndrome lol",
    "my gen z brain cant do taxes",
    "im such a pick me sometimes lmao",
    "my boomer brain doesnt get this meme",
    "im so chronically online lol",
    "thats why im single lol",
    # talk of it, the clause going on; a clip named next
    "main character syndrome is a real thing tbh",
    "your character is so stupid",
    "is pick me behavior just insecurity",
    "karen energy, the lady in the video i mean",
    "so pick me up at 5",
    "pick me! i wanna play",
    # a report
    "someone said i have pick me energy, is that bad",
    # a member's place asked kindly, or a question going on
    "who invited him? he's so fun",
    "who let him in? oh wait i did lol",
    "who invited her to the party last week?",
    "why is he even here so early, the event starts at 8",
    "who invited this guy to the raid, we need him",
    "the guy who invited him lol",
    "i didnt ask for this",
    "he didnt ask me",
    # a room kept alive
    "ur the reason this server is fun",
    "ur the reason i stayed in this server",
    "ur the reason this chat is alive",
    # advice with a kind reason
    "go outside, the weather is nice",
    "go outside and enjoy the sun",
    "touch grass, its so sunny today",
    # talk about a roast
    "no wonder ur single is the meanest roast ever lol",
    "ur so dumb is such a weak comeback",
    "you're trash was the best line in the movie",
    # a send-off as an invitation, a jab named as a meme
    "go outside and touch grass with me tomorrow",
    "touch grass together sometime?",
    "the cope harder meme is so old",
    "that touch grass line never gets old",
    # the generic "you" of a habit or a thing
    "doomscrolling all night makes you dumber",
    "scrolling tiktok makes you dumber",
    "skipping sleep makes you stupider",
    # Italian: a kind word next
    "chi l'ha invitato? grazie, è simpaticissimo",
    "vai a toccare l'erba, c'è il sole oggi",
)


@pytest.mark.parametrize("text", HOSTILE)
def test_discord20_hostile(scorer: Scorer, text: str) -> None:
    assert scorer.score(text).hostile, text


@pytest.mark.parametrize("text", CLEAN)
def test_discord20_clean(scorer: Scorer, text: str) -> None:
    assert not scorer.score(text).hostile, text
