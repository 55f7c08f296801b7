"""The gamechat42 probe (issue 8): game chat that puts down the writer's own team in words
the lexicon lacks or shapes it does not read: a verdict adjective before "team" ("toxic
team", "sad team", "worst team"), an exclamation at the team ("wtf this team", "ffs my
team"), and hatred of the team ("i hate my team"); and the clean lines in the same words
that must stay clean (the writer's own side, strategy and team comps, team fights,
questions, negation, praise). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a verdict adjective before "team" as the whole line
    "toxic team", "end it pls, toxic team", "sad team", "gg sad team", "worst team",
    "wp, worst team lol", "terrible team", "what a terrible team", "awful team gg",
    "horrible team", "this toxic team", "my sad team", "what a sad team", "bad team",
    "gg bad team", "shittest team", "worst teammates", "toxic teammates lol",
    "horrible teammates", "worst team i have ever seen",
    # an exclamation at the team
    "wtf this team", "gg wtf this team", "omg this team", "ffs this team", "smh my team",
    "jesus this team", "ugh my team", "fk dis team", "wtf my teammates", "god this team",
    # hatred of the team
    "i hate my team", "i hate this team", "i fucking hate my team", "hate my teammates",
    "i really hate my team lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own side, self-deprecating
    "we are a sad team lol", "we're a bad team at this", "we are such a toxic team haha",
    "my bad team, i played like shit",
    # strategy and things named by "team"
    "worst team comp for this map", "their team is weak to magic", "bad team fight, regroup",
    "toxic team chat ruins the game", "sad team fight lol", "worst team fight ever",
    "terrible team comp for late game", "awful team synergy with these picks",
    "horrible team fights this patch", "their team is toxic to play against tbh",
    # questions, negation, praise, reports
    "toxic team?", "is this a bad team?", "not a bad team actually",
    "they are not the worst team", "wtf this team fight", "omg this team is so good",
    "wtf this team comp is broken", "omg my team won", "ffs this team fight again",
    "do you hate your team?", "i don't hate my team", "i hate my team comp",
    "i hate when my team dives", "i hate this team fight meta",
    "he said he hates his team", "gg wp", "report my team", "report mid",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a comeback", "fuck yeah we won", "damn this lag is shit",
    "shit i forgot to buy wards", "what the fuck was that ult lol", "fucking insane game",
)
