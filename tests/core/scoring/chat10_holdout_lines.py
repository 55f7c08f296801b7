"""The chat10 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "make love to me now", "i'd love to make love to you", "let's make love right now",
    "please make love with me", "can you make love to me", "i want to make sweet love with you",
    "u wanna make love?", "i'm gonna make love to you tonight",
    "be my secret lover", "can i be ur lover", "i will be your lover whether you like it or not",
    "wanna be my lover?",
    "lick it baby", "lick it now", "come here and lick it", "please lick it",
    "i need you to lick it", "will you lick it for me?",
    "i wanna bang u", "i'd bang you", "lemme bang you", "can i bang u?",
    "get naked", "get naked on cam", "can you get naked for me", "i want u to get naked",
    "let me get into your pants", "i wanna get in ur pants", "how do i get into your pants",
    "i'm getting in your pants tonight",
    "how's your sex life", "hows ur sex life", "what's your sex life like?",
    "tell me all about your sex life", "is your sex life good?", "how active is your sex life",
    "so how is your sex life going", "talk to me about your sex life",
    "will you make love to me tonight", "i want you to lick this",
)

HELD_CLEAN: tuple[str, ...] = (
    "all you need is love, make love not war", "the couple make love in chapter three",
    "birds make love in spring, says the documentary", "they make love in every episode",
    "she's a true lover of jazz", "he is a book lover", "my grandma was a plant lover",
    "the lover in the poem dies", "is your brother a dog lover?",
    "my dog will lick it if you leave it there", "lick it and stick it, the envelope",
    "lick your lips before the photo", "lick the bowl when you're done",
    "don't lick it, it's a battery", "the baby tried to lick it",
    "the big bang was billions of years ago", "bang the drum louder",
    "that firework went bang", "bang on, mate, well said", "bang bang, headshot",
    "the naked truth is we lost", "naked mole rats are ugly", "he ran naked through the park",
    "i got paint on my pants", "keep your pants on lol", "my pants are too tight",
    "my sex life is boring", "a documentary on the sex life of whales",
    "their sex life is none of my business", "my sex life is my business",
    "i don't want to make love to anyone", "they won't be my lover",
    "i'd never get naked on camera", "my cat licks it every morning",
    "the book covers the sex life of medieval kings", "bang for your buck",
    "the lover's quarrel was loud", "he licked it off his fingers",
    "the wind made a bang", "naked eye astronomy is fun",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck me, that was close", "shit that's a lot of snow", "damn right we're going",
    "hell yeah, pizza night", "that's fucking brilliant", "oh shit, the bus is late",
)
