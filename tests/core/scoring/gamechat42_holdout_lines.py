"""The gamechat42 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "toxic team gg", "lol toxic team", "sad team honestly", "sad teammates",
    "worst team gg", "gg worst team", "the worst teammates", "terrible teammates",
    "awful team", "what an awful team", "horrible team lol", "such a sad team",
    "this sad team", "dis toxic team", "bad teammates", "bad team lol", "end pls bad team",
    "lousy team", "pathetic teammates lol", "shittest team ever",
    "wtf this team lol", "wtf dis team", "omg my team", "omg these teammates",
    "ffs my team", "smh this team", "ugh this team", "jeez this team", "fml my team",
    "wtf is this team", "god my team", "bruh this team",
    "i hate my teammates", "i hate this team so much", "honestly i hate my team",
    "hate this team", "i just hate my team", "i fucking hate this team",
    "gg i hate my team", "i hate my team lol",
)

HELD_CLEAN: tuple[str, ...] = (
    "we are a bad team lol", "we're such a sad team", "we're the worst team here lmao",
    "worst team comp ever", "sad team fight", "bad team fights all game",
    "terrible team fight there", "their team is weak to physical damage",
    "awful team comp honestly", "toxic team chat again", "their team is bad at late game",
    "horrible team composition", "worst team i ever built in fifa",
    "bad team spirit in this league", "sad team photo", "toxic team culture at work",
    "is this the worst team?", "worst team? nah", "not a toxic team at all",
    "they're not a bad team", "wtf dis team fight", "omg this team is cracked",
    "omg my team won the tournament", "ffs this team comp", "smh this team comp",
    "wtf this team has 3 carries", "ugh my team fight positioning", "jeez this team fight",
    "do you hate my team?", "i don't hate this team", "i hate my team's draft",
    "i hate when my team splits", "i hate this team fight patch", "she hates her team",
    "nobody hates my team", "report my team pls", "gg wp team", "commend my team",
    "i love my team", "best team ever",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that ult", "shit, my mouse died", "damn that was a fucking close one",
    "oh fuck we're back in it", "this patch is fucking wild", "well shit, gg",
)
