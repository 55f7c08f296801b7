"""The forum26 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sounds like something a clown would say", "sounds like something an idiot would post",
    "sounds like something a loser would type", "this sounds like something a moron wrote",
    "sounds like what a troll would say", "spoken like a true moron", "spoken like a real clown",
    "spoken like a total loser", "spoken like a genuine idiot", "said every idiot ever",
    "said every clown ever", "said every troll ever", "exactly what a loser would say",
    "only an idiot would say something like that", "what a moron take",
    "another clown take lol", "typical troll behavior from you", "nice try, troll",
    "nice try, bot", "nice try loser", "cope harder, incel", "cope more, clown",
    "get a job, hippie", "get a job you bum", "sit down, loser", "sit down kid",
    "keep crying, loser", "cry harder, snowflake", "stay mad, clown", "whatever, loser",
    "go outside, nerd", "yikes, get help", "seek help, seriously", "please seek help lol",
    "go seek help, loser", "you need serious help", "get some help for your hate",
    "wow you need therapy", "seek help, weirdo", "lmao seek help",
)

HELD_CLEAN: tuple[str, ...] = (
    "sounds like something i'd say", "sounds like something my mom would say",
    "sounds like something a doctor would say", "that sounds like something a pro would do",
    "spoken like a true leader", "spoken like a true scholar", "spoken like a real friend",
    "said every teacher ever", "said every developer ever", "typical tuesday",
    "nice try, buddy, you'll get it next time", "nice try, but the law was overturned",
    "nice try on that free kick", "get a job interview ready with these tips",
    "sit down, relax and enjoy the show", "keep crying if you need to, it's okay",
    "cope harder is a meme i never understood", "the clown fish is my favorite",
    "if you are having a hard time, please seek help", "get help, you deserve support",
    "i had to seek help for my depression last year", "seek help from a professional if needed",
    "we need help setting up the event", "can you get help from your teacher?",
    "please get help if you're thinking about hurting yourself",
    "i need help with this math problem",
    "asking for help is brave", "my brother finally got help and he's doing better",
    "she said seek help and i think she was right", "\"nice try, shill\" is not a rebuttal",
    "he called me a loser in a game chat yesterday", "why do people say seek help as an insult?",
    "i'm not saying you're a troll", "do you need help?",
    "someone replied cope harder to my post", "the loser of the match buys pizza",
    "spoken like someone who's been there", "sounds like something out of a movie",
    "get a job at the library, it's chill", "stay mad is such a weird phrase",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that's wild", "damn this is a great comment", "fucking brilliant post",
    "shit, that's actually true", "hell yes, agreed", "this is so fucking good",
)
