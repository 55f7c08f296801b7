"""The forum26 probe (issue 8): Reddit-style replies that belittle the commenter being
answered (a verdict on the writer through their words: "sounds like something a loser
would say", "spoken like a true clown", "said every moron ever"; a brush-off and a
name-call at the end: "nice try, shill", "cope harder, snowflake", "get a job hippie";
"seek help" said as a put-down: "yikes, seek help", "go get help, weirdo") and clean
lines that look alike (the writer's own words, praise, things, sincere care, reported,
quoted, asked). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a verdict on the writer through their words
    "sounds like something a loser would say", "sounds like something a moron would say",
    "that sounds like something an idiot would write", "sounds exactly like what a troll would say",
    "spoken like a true idiot", "spoken like a true clown", "spoken like a real loser",
    "said every loser ever", "said every incel ever", "typical moron take",
    "thats exactly what a shill would say", "only a moron would post this",
    "such a clown take", "another braindead take from you",
    # a brush-off, then a name-call at the end
    "nice try, shill", "nice try troll", "cope harder, snowflake", "get a job hippie",
    "sit down, clown", "keep crying, snowflake", "whatever you say, bootlicker",
    "go touch grass, nerd", "cry more, loser", "ok boomer, go back to facebook",
    "stay mad, incel", "lol cope, loser",
    # seek help as a put-down
    "yikes, seek help", "go get help, weirdo", "seek help lmao", "bro seek help",
    "you need professional help", "get some help for your delusions",
    "dude you need help", "yikes dude, get help", "seek therapy, clown",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own words, praise, things
    "sounds like something i would say lol", "that sounds like something my dad would say",
    "sounds like something a lawyer would say", "spoken like a true gentleman",
    "spoken like a true fan", "spoken like a real engineer", "said every parent ever",
    "said every gamer ever lol", "typical monday morning", "nice try, champ",
    "nice try, but the bill failed", "nice try though, almost had it",
    "get a job they said, it will be fun they said", "sit down, dinner is ready",
    "keep going, you got this", "cope harder is such a dumb meme",
    # sincere care
    "if you're struggling please seek help, you matter", "get help if you need it",
    "please seek help if you feel unsafe", "i finally decided to get help for my anxiety",
    "you can always get help from a counselor", "there's no shame in seeking help",
    "she needs help moving this weekend", "do you need help with the setup?",
    # reported, quoted, asked, denied
    "he told me to seek help and i laughed", "\"seek help\" is not an argument",
    "someone called me a shill for liking apple lol", "is calling people clowns really necessary?",
    "i'm not calling you a loser, just saying it was a bad take",
    "he said nice try, loser, and walked off", "who says 'spoken like a true idiot' anyway?",
    "the clown at the party was great",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is gold", "damn that's a good point", "fuck yeah, great game",
    "shit, i forgot my password again", "hell of a take, i agree", "this is fucking hilarious",
)
