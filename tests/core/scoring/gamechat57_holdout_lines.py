"""The gamechat57 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as gamechat57_probe_lines.py and counted only at the round's start and end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "joke slark", "joke morph", "joke storm", "joke lion lol", "joke void",
    "what a joke sniper", "what a joke riki", "what a joke mid", "such a joke qop",
    "such a joke carry", "fucking joke slark", "fkin joke pa", "absolute joke invoker",
    "total joke sven", "utter joke lina", "gg joke carry", "lol joke pudge", "joke naga",
    "joke huskar", "joke ursa", "joke tidehunter", "joke bara", "joke ember",
    "joke windranger", "joke earthshaker", "joke brood", "joke support again",
    "joke player lol", "what a joke support", "absolute joke player", "joke jungle",
    "joke hard support", "joke carry tbh", "ez joke sven", "joke timbersaw gg",
    "joke necro", "joke ogre", "joke viper", "joke razor", "such a joke lion",
)

HELD_CLEAN: tuple[str, ...] = (
    "joke hero honestly", "what a joke item", "joke patch", "joke talent",
    "joke ult on that sven", "no joke invoker is hard", "no joke slark is broken",
    "not a joke, sniper is op", "is this a joke sven?", "joke slark skin",
    "joke aside sniper is good", "i'm a joke sniper tonight", "im a total joke carry lol",
    "tell us a joke invoker", "nice joke slark", "good joke lina haha",
    "funny joke pudge lol", "joke pick but it worked", "joke pudge pick lol",
    "joke build on slark", "joke mmr", "joke matchmaking", "what a joke queue", "joke lane",
    "joke game", "joke item build", "joke damage", "joke heroes are fun",
    "lina tells a joke", "that joke sf said was funny", "best joke ever",
    "joke night with the team", "what a joke this patch", "joke of a game", "bad joke lol",
    "just a joke pudge relax", "only a joke invoker calm down", "joke skin", "joke ping",
    "it was a joke sniper, relax",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a hook", "fucking great game guys", "shit i missed the stun",
    "damn that was a clutch", "fuck yes rampage", "oh shit gg wp",
)

# fmt: on
