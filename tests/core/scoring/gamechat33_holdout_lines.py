"""The gamechat33 held-back lines (issue 8): the probe's shapes with other wording,
written at the same time as gamechat33_probe_lines.py and before any rule; counted only
at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "u idiiot", "ur an iodiot", "idiotd sup", "wtf u idioot carry", "our idioat jugg",
    "u r such idiott", "report idoiot pa", "moronn mid", "ur a moreon",
    "u r so mornon", "stfu moroon", "u stuipid noob", "ur stupiid", "stuipid carry",
    "so stupied team", "uselees sven", "uselees mid", "ur so ussless", "u uselesss",
    "usefless sup", "ur so retardd", "retardt jugg", "u retarted", "retardded team",
    "fkin iodiot", "idioit mid", "u loseer", "ur a loserr", "iddiot sup",
    "u r so uselees", "go away idioit", "u r a idiotd", "this iodiot pudge",
    "our 4 iodiots", "ur just stupiid", "uselees support ever", "fucking idiiot",
    "u dumb idioat", "biig idiot mid", "ur moronn",
)

HELD_CLEAN: tuple[str, ...] = (
    "im an iodiot sorry guys", "i played like an idioit", "my uselees build",
    "i was so stuipid there", "im uselesss this game", "uselees item on him",
    "this rune is uselees", "stuipid creep block", "that buyback was usseless",
    "so stupiid lag", "ur not an idioat", "u arent stuipid", "am i uselees?",
    "is pudge an iodiot?", "he calls me moronn", "they said 'uselees' to me",
    "dont say idiotd", "what idiom is that", "lunch at noon", "im in a stupor lol",
    "good morning", "idiomatic phrase", "full moon tonight", "morphling carry",
    "lion sup pls", "undying mid", "useless to fight now", "stupendous", "ur a hero",
    "nice idea bro", "idk", "moro is my friend", "the idiot box is on",
    "no useless fights pls", "stupa temple", "stupidity of this patch",
    "the item is useless vs am", "ursa jungle", "retribution", "moronic patch notes",
)

HELD_SWEARING: tuple[str, ...] = (
    "fking nice hook", "shit that was close", "holy fuck rampage", "damn gg",
    "fuck me that stun", "wtf lol nice",
)
