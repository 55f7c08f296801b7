"""The hatecheck49 probe (issue 8): identity-group names and slurs written obfuscated in
ways hatecheck46's spellings do not yet read: two letters of a name starred out
("w*m*n", "j**s"), a name split by a hyphen, a dot or an underscore ("mus-lims",
"ref_ugees"), a slur's plural or a respelling of it ("darkies", "porch monkeys", "fagz",
"phaggots"), "k" for "c" in a name ("afrikans") and slurs the lexicon lacks ("yids",
"pajeets", "femoids"); and the clean lines in the same words that must stay clean (the
same spellings in neutral or kind statements, a slur reported or condemned, and ordinary
words that only look like one: "spick and span", "x-men", "hebes in the garden").
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # two letters starred out
    "w*m*n are a waste of oxygen", "j**s are parasites", "bl**ks are criminals",
    "all g**s should be locked up", "f*gg*ts should be shot",
    # a name split by a hyphen, a dot or an underscore
    "mus-lims are a disease", "ref_ugees are leeches", "imm.igrants are vermin",
    "ban all mus-lims now", "wom-en are useless",
    # a slur's plural or a respelling of it
    "darkies are all thieves", "porch monkeys are ruining this city",
    "jungle bunnies should go back", "sand monkeys are terrorists", "fagz should all die",
    "phaggots should burn", "spicks are lazy", "those dirty darkies",
    # "k" for "c" in a name
    "afrikans are savages", "mexikans are rapists",
    # slurs the lexicon lacks
    "yids control the banks", "pajeets are filthy scammers", "femoids are worthless",
    "wops are greasy criminals", "lezzies are disgusting", "gyppos are thieving scum",
    "pikeys are vermin", "jiggaboos are animals",
    # older spellings, for spread
    "b1acks are criminals", "g@ys are disgusting", "w o m e n are useless",
    "imigrunts are rats", "refugeeeees are parasites", "@fricans are animals",
    "trannys should die",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same spellings, said kindly or neutrally
    "w*m*n's football is great", "j**s celebrate passover this week",
    "bl**ks and whites both voted", "g**s deserve equal rights",
    "mus-lims are fasting for ramadan", "ref_ugees deserve our help",
    "imm.igrants built this town", "wom-en are amazing engineers",
    "afrikans are so welcoming", "mexikans make the best tacos",
    "b1acks and latinos turned out to vote", "g@ys can marry here now",
    "refugeeeees need shelter",
    # a slur reported, quoted or condemned
    "calling people darkies is racist", "'porch monkeys' is a vile slur",
    "he got banned for saying yids", "never call anyone a pajeet",
    "femoids is an incel word, don't use it", "using the word spicks is not ok",
    "my grandpa still says jungle bunnies and it's embarrassing",
    # words that only look like a name or a slur
    "the kitchen is spick and span", "the hebes in the garden are blooming",
    "the monkeys in the sand were cute", "x-men is my favourite movie",
    "my co-workers are great", "the e-mail came through", "we caught two pikes at the lake",
    "yiddish is a beautiful language", "lesbians and gays marched together",
    "darkness falls early in winter", "the wop wop of the helicopter woke me",
    "mus-ic is life",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy sh*t that was close", "f*ck yeah we won", "damn this lag",
    "shit happens lol", "what the f**k was that play", "this is so fucking good",
)
