"""The discord24 held-back batch (issue 8): written with discord24_probe_lines.py and in
the same shapes, in other words, and not read while the rules were built. Counted only
at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a loss handed to a member
    "enjoy the L bozo", "thats an L for u lol", "another L for u clown", "ratio + didnt ask",
    "ratio + fell off", "u fell off + ratio", "catch this L", "stay taking Ls bozo",
    "ur whole life is an L", "L bozo",
    # cope and seethe told to the reader
    "seethe + cope + mald", "cope bozo", "cope lol", "cope harder bozo", "keep seething lol",
    "ur malding so hard 💀", "stay mad + cope", "cry me a river clown", "cry me a river lmao",
    "keep crying about it bozo",
    # a label put on the reader
    "ur the biggest no lifer here", "no lifer behavior fr", "imagine being a no lifer 💀",
    "ur literally an npc", "u such a bot lol", "ur so washed up bro", "ur mid af",
    "u a bozo fr",
    # the reader's mother mocked
    "ur mom works at taco bell", "your mom drives a minivan lmao", "ur mom shops at dollar tree",
    "ur mom lives in a van 💀", "ur moms so broke she cant pay attention",
    # nobody asked
    "who even asked bozo", "literally nobody asked", "didnt ask dont care", "no1 asked",
    # Italian
    "rosica pure sfigato", "tua mamma lavora al discount", "piangi di più",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same words at no one or the writer
    "big L for me, failed my driving test", "we took an L in ranked today", "L day tbh",
    "im literally a no lifer, 300 hours in this game", "i'm coping with pizza tonight",
    "i cope by playing minecraft", "i got ratio'd on twitter lol",
    "ive been seething all day at my wifi",
    "i malded so hard at that boss", "my sister is such a no lifer with this show",
    # talk of games and shows
    "the new skin is kinda mid", "that npc dialogue is so funny", "press L to open the map",
    "golden ratio in art is cool", "the bot is down again", "the movie fell off after season 2",
    "justin timberlake cry me a river still slaps", "this song is a cry me a river ripoff",
    # kind turns
    "nobody asked but i love u guys", "no one asked but here's my cat",
    "who asked? i did lol, tell me more",
    "ur mom is so nice tell her hi", "ur mom works at the bakery? thats so cool",
    "ur mom makes the best cookies", "my mom works at walmart", "you're not a loser, you got this",
    "dont cope alone, talk to us", "hope u feel better soon", "gg everyone that was fun",
    "bozo was my dog's name", "ratio of wins to losses is good this season",
    # reports and help
    "people keep telling me to cope and it sucks", "someone called me a no lifer, should i care",
    "how do u cope with a breakup", "is saying ratio against the rules here",
    # Italian
    "ho preso una L enorme oggi", "mia mamma lavora al discount", "sto rosicando per la partita",
    "non piangere, andrà meglio", "che sfigato che sono oggi ahah",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was a fucking L lmao", "holy fuck i'm such a no lifer", "damn i fell off hard",
    "fuck i'm malding at this level", "bloody hell what a ratio", "cazzo che L ho preso",
)
