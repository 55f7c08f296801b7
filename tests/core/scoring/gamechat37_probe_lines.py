"""The gamechat37 probe (issue 8): game chat that generalises about the players of a
nationality in the lobby ("typical russians", "russians in a nutshell", "another peruvian
in my team", "so many pinoys in this game") or tells them to go ("go back to ur peru
servers", "stop playing dota pinoys"), and clean chat that looks alike (the writer's own
nationality, servers and languages, kind words, questions, reported and quoted words,
denials). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a nationality generalised about in the lobby
    "typical russians", "typical peruvians again", "russians in a nutshell",
    "peruvians in a nutshell lmao", "as always russians", "dem peruvians",
    "dem pinoys smh", "so many pinoys in this game", "too many russians on eu west",
    "full peruvians", "another peruvian in my team", "omg another russian on my team",
    "4 peruvians in my team", "3 russians on our team gg", "peruvians everywhere",
    "RUSSIANS EVERYWHERE", "peruvians again ffs", "russians always feed",
    "pinoys always flame", "every game russians", "typical ruskies", "ugh ruskis",
    "bloody peruvians", "TYPICAL PERUVIANS", "russians as usual",
    # told to go
    "go back to ur peru servers", "go back to russia", "go back to your russian server",
    "GO BACK TO PERU", "stop playing dota pinoys", "stop dota peruvians",
    "peruvians go back to sa", "pinoys go back to sea", "no russians allowed",
    "go back to sea pinoys",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own
    "im russian too", "i'm peruvian lol", "as a russian i can confirm the ping is bad",
    "we pinoys play at night",
    # servers, languages, the country
    "russian server?", "is this a russian server", "anyone speak russian",
    "peru server is down again", "i queue on the russian server for the ping",
    "russian voice lines are so good",
    # kind words
    "gg peruvians wp", "russians are so nice in this game", "love playing with pinoys",
    "two peruvians carried us wp", "the russian players at ti were insane",
    # a thing after the word
    "typical russian winter lol", "russian roulette with this hook",
    # asked, reported, quoted, denied
    "are you russian?", "are there many peruvians on this server?",
    "he said typical russians", "stop saying go back to peru, it's racist",
    '"russians in a nutshell" is such a lazy take', "not all russians are bad",
    "its not the peruvians fault, the servers are bad",
    # game talk that shares the words
    "go back to base", "go back to lane pls", "stop playing dota and go sleep",
    "their russian mid is good", "my friend is peruvian", "another game on the peru server",
    "so many wards in this game", "typical pudge hook",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this lag", "holy shit that rampage", "shit i missed the hook",
    "fucking hell the ping", "damn this patch", "wtf was that creep block lol",
)
