"""The hatecheck25 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # the whole statement one token
    "alljewsarerats", "allgaypeopleareperverts", "allrefugeesareparasites",
    "deathtoallimmigrants", "deathtoallgays", "womenshouldallbeshot",
    "muslimsshouldbedeported", "immigrantsmakemesick", "blackpeoplemakemesick",
    "alldisabledpeopleareworthless", "killallthejews", "transpeopleshouldbekilled",
    "ihatemuslimssomuch", "refugeesaresubhuman", "idespisewomen", "jewsarefilth",
    # spaces added inside a word
    "j e w s are rats", "gay people are r e v o l t i n g", "i d e s p i s e women",
    "immigrants are w o r t h l e s s", "w o m e n are inferior",
    # letters swapped or dropped
    "I hate muslmis", "jews are scmu", "gya people should be shot",
    "all refguees are criminals", "wmoen are useless", "imigrants are filth",
    "disabeld people are a burden", "balck people are animals", "trasn people are freaks",
    # leet
    "j3ws are r4ts", "tr4ns people are fr34ks", "r3fug33s are scum", "bl4ck people are vermin",
    "1 h4t3 muslims", "g4y people are disgusting",
    # a group carried over to "them all gone"
    "Too many refugees in my city. I want them all gone.",
    "jews run everything. i want them gone",
    "so many gay people on tv lately. want them all gone",
    "immigrants keep moving in next door, I want them gone",
)

HELD_CLEAN: tuple[str, ...] = (
    # the same spellings, neutral or positive
    "jewsarewelcome", "alltranspeoplearevalid", "immigrantsmakethiscountrygreat",
    "gaypeoplearebeautiful", "wmoen deserve equal pay", "r3fug33s are welcome",
    "j e w s are our friends", "i r e s p e c t disabled people", "gya people are valid",
    "balck people are brilliant", "muslmis deserve respect",
    # counter-speech
    "writing alljewsarerats is antisemitic", "if u say 'gays are disgusting' ur the problem",
    "posting tr4ns people are fr34ks is not a joke",
    # ordinary long tokens
    "#lovewins", "#immigrantsarewelcome", "#blackgirlmagic",
    "visit https://www.refugeecouncil.org/help", "add me: transgamer_4life",
    "my gamertag is blackwolf77", "#pridemonth2026", "#womenempowerment",
    # "them all gone" of things or with no group
    "so many spiders in the shed, i want them all gone",
    "too many tabs open, i want them all gone",
    "the refugees found homes and now the tents are all gone",
    "my exams are next week, i want them all gone already",
    # friendly typos
    "thansk for the carry", "gg evreyone", "you guys are teh goats",
    "lvoe you all", "happy brithday bro", "wlecome to the server",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit that was a good game", "fucking finally we won", "holy crap what a play",
    "damn that was clean", "hell no i'm not doing that raid again", "wtf was that lag lol",
)
