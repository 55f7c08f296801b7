"""Held-back lines of the forum29 round (issue 8), written with the probe and before any
rule: other wordings of the same shapes. Only counted at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the moderators are trolls", "the mods in this thread are tools", "op is a total troll",
    "the commenters here are trolls", "op is a massive tool", "the admins here are such tools",
    "ngl the mods are tools", "op is literally a troll", "the redditors on this sub are trolls",
    "the upvoters are tools lol",
    "op has no brain cells left", "the commenters have no brain cells",
    "op has like zero brain cells",
    "the admins have no brain cells tbh", "op literally has no brain cells",
    "anyone who does not like pineapple is an idiot", "anyone who didnt watch it is a loser",
    "people who dont recycle are morons", "everyone who can't drive is a moron",
    "anyone who never played it is stupid", "anyone who ignores me is a loser",
    "anyone who supports this law is evil and corrupt",
    "people who vote like that are dumb and selfish",
    "anyone who believes him is stupid and gullible", "those who defend this are weak and pathetic",
    "whoever wrote this is a complete and utter idiot",
    "anyone who likes this is a complete and utter moron",
    "op is a complete and utter fool", "the admins are complete and utter clowns",
    "whoever designed this is a complete and utter moron",
    "op must be retarded lol", "the moderators must be retarded",
    "whoever wrote this must be retarded",
    "the commenters have to be retarded",
    "those who downvoted my post are losers", "whoever reported me is a troll",
    "people who flag my posts are trolls", "anyone who mutes me is a tool",
    "the mods are trolls tbh", "op is a troll and a liar",
)

HELD_CLEAN: tuple[str, ...] = (
    "the moderators are on holiday", "those tools are really cheap", "op has no brain fog now",
    "anyone who does not like pineapple can order another pizza",
    "i'm a complete and utter idiot sometimes",
    "the moderators are not trolls", "is op a troll?", "op is not a tool at all",
    "the trolls in this level are easy", "op is a tool maker", "my tools are in the garage",
    "op has no brain tumor, thank god", "the commenters have no idea yet",
    "op has zero chance of winning", "anyone who didnt watch it should watch it",
    "people who dont recycle are fined here", "everyone who can't drive can take the bus",
    "anyone who ignores me is probably busy", "anyone who supports this law should call their rep",
    "people who vote like that are the majority",
    "whoever wrote this is a complete and utter legend",
    "i was a complete and utter fool at sixteen", "op must be proud", "the moderators must be busy",
    "whoever wrote this must be a genius", "the commenters have to be patient",
    "those who downvoted my post had a point", "calling the mods trolls is against the rules",
    "my friend thinks op is a troll", "i was a troll back in 2012", "op is no troll",
    "the admins are tools of the advertisers", "these garden tools are tough",
    "op has no brain cells? that's harsh", "anyone who believes him is welcome to",
    "the mods are trolling with this april fools post", "are the admins tools or what?",
    "the admins are away this week", "op has no brains in the jar anymore",
    "anyone who hates pineapple is welcome here",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this update is sick", "damn op this is so good", "shit this thread made my day",
    "hell yes the mods pinned it", "fucking finally it works", "what the hell this is amazing",
)
# fmt: on
