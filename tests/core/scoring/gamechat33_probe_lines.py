"""The gamechat33 probe (issue 8): Dota 2 match chat that flames a player with an
insult word misspelled by one letter too many ("u iodiot", "idiotd mid", "ur so
stuipid", "uselees techies"), and clean chat that looks alike (the same misspelled words
at oneself, at a thing, denied, asked, reported, quoted; everyday look-alikes "idiom",
"noon", "stupor"; hero names). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a letter too many inside or after the insult word, at a player
    "u iodiot", "omg u iodiot cant kill me", "idiotd", "idiotd mid", "ur such an idoiot",
    "u r an idioat", "fking idiott mid", "report this idiiot pls", "stfu moeron",
    "u moronn", "ur a moroon", "our mid is a mornon", "u stuipid carry",
    "ur so stuipid", "stupiid sup", "u r so stupied", "uselees techies",
    "uselees pudge report", "ur so usseless", "ur uselesss af", "our carry is usefless",
    "retardt mid", "u retardd", "ur so retardded", "this retartd pa",
    "fkin idiiot", "noob idioit", "go die idioit", "u r a loseer",
    "ur such a loserr", "lose noob", "u iddiot", "iodiot sf", "5 iodiots in my team",
    "ur a biig idiot",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same misspellings at oneself
    "im such an iodiot lol", "i was an idiotd there sorry", "my bad im stuipid",
    "i feel so uselees this game", "im uselesss without blink",
    # at a thing
    "uselees item", "this item is uselees", "that patch was stuipid",
    "this hero is so usseless late", "stuipid lag again",
    # denied, asked, reported, quoted
    "ur not an iodiot", "u arent uselees", "am i stuipid?", "is he an iodiot?",
    "he called me an iodiot", "he said 'u moronn' lol", "dont call people idioit",
    # everyday look-alikes
    "thats an idiom in english", "see u at noon", "im in a stupor after that fight",
    "morning guys", "idiomatic english pls", "the moon is nice",
    # hero names, game talk
    "morphling mid", "lion sup", "undying is strong", "useless to buy dust now",
    "stupendous play wp", "ur a legend", "nice idea", "idk what to build",
    "loose creeps top",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fking hell what a game", "holy shit that rampage", "fuck this lag lol",
    "damn that was close", "shit i missed the hook", "wtf was that timing haha",
)
