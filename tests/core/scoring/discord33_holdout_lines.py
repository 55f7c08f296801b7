"""The discord33 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ive seen smarter comments from a toddler", "i've seen better takes from my cat",
    "i have read smarter replies from a 6 year old", "ive seen better arguments from a potato",
    "i've heard smarter opinions from my dog", "seen better comments from a toddler tbh",
    "i've seen more intelligent posts from a toddler", "ive seen better logic from a 3 year old",
    "a toddler could write a better comment", "my dog could make a better argument",
    "a 3 year old could make a better argument", "a potato could come up with a better take",
    "my little sister could write a better reply", "even my cat could make a better point",
    "a preschooler could argue better than you", "a toddler could form a better opinion",
    "username checks out fr", "username checks out lmao", "yep username checks out",
    "lol username checks out", "wow username checks out", "found the guy who didnt read it",
    "found the guy who didn't read the post", "found the person who didn't read the article lol",
    "found the one who didnt read the thread", "found the dude who didnt read the article",
    "tell me you didnt read it without telling me",
    "tell me you didn't watch it without telling me", "tell me ur 12 without telling me ur 12",
    "tell me you didn't read the article without telling me",
    "ur so weird stop talking to me", "you're weird af stop", "ur so weird pls leave",
    "you are so weird stop messaging me", "ur weird stop replying", "ur so weird nobody asked",
    "you're so weird go away", "ur so weird its creepy", "ur so weird stop",
    "you are weird leave me alone",
)

HELD_CLEAN: tuple[str, ...] = (
    "username checks out, love the name", "username checks out haha nice",
    "my cat makes better coffee than me lol", "ive seen smarter plays from a toddler, namely me",
    "my toddler draws better than me", "a toddler could build a better tower than me",
    "i've seen better graphics from an old phone game", "my 4 year old cooks better than me",
    "my dog could run a better race than me", "a toddler could make a better mess than this lol",
    "found the guy who fixed my car", "found the person who returned my phone, so kind",
    "found the one who made the cake, thank you", "tell me about the article",
    "tell me you miss me without telling me you miss me", "tell me what you thought of it",
    "ur weird i love u", "ur so weird lol i love it", "ur weird and thats why ur my bestie",
    "ur so weird stop making me smile", "he said ur so weird stop talking",
    "my friend told me username checks out", "does the username check out?",
    "\"found the guy who didn't read the article\" is a classic reddit line",
    "could a toddler really make a better argument?",
    "no way a toddler could make a better argument",
    "have you seen smarter comments from a toddler?", "this level is so weird stop",
    "the vibes are weird today", "im so weird stop laughing at me lol",
    "that ending was weird", "weird question but do u like cats",
    "my dog is smarter than me lol", "a toddler could do this level better than me",
    "i found the guy who didn't read the article, it was me", "i read the article",
    "my cat could write a better song than me",
    "the toddler made a better drawing than his brother",
    "that username is funny", "weird how the servers are down",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit my cat is genius", "damn that article was long", "fuck yeah we found the guy",
    "shit this is weird", "hell yeah username change", "fucking toddlers are so cute",
)
