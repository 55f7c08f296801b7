"""The forum30 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "op clearly has no brain", "op obviously has zero brain cells", "the author really has no clue",
    "the mods clearly have no life", "the admins obviously have no brain cells",
    "op seriously has no life", "op truly has no brain cells", "op must have zero brain cells",
    "the mods must have no life", "redditors obviously lack common sense",
    "the author clearly lacks common sense", "op obviously lacks a brain",
    "the moderators honestly lack brain cells", "op clearly has no common sense lol",
    "the mods seriously have no common sense", "op obviously is a clown",
    "the mods clearly are morons", "the author honestly is an idiot",
    "op really is a fucking idiot",
    "whoever posted this obviously has no brain", "whoever wrote this clearly is a moron",
    "whoever made this really has no clue", "people in this thread clearly have no life",
    "people on this sub obviously are idiots", "the people here clearly have no brain cells",
    "the average reddit user is a moron", "the average user on this site is an idiot",
    "the average commenter here clearly has no clue", "tbh op clearly has no brain",
    "op definitely has no clue", "op certainly has no brain cells",
    "the commenters here obviously have no common sense", "the posters here literally have no life",
    "op genuinely has no brain cells", "op probably has no brain cells",
    "op's brain is obviously empty", "op's iq is clearly room temperature",
    "the mods here clearly have no brain cells lmao", "op obviously must have no brain",
    "the author really must have no life",
)

HELD_CLEAN: tuple[str, ...] = (
    "op obviously has a point", "the author really has a gift",
    "i obviously have no brain cells this morning", "i seriously have no life lol",
    "i must have no common sense, i forgot my keys again",
    "we clearly have no clue how to beat this boss",
    "this sub obviously has no clue about the upcoming update",
    "the author obviously has a life beyond his books", "the mods clearly have a tough job",
    "op really has no need to explain", "the mods honestly have no time for this",
    "is op clearly an idiot?", "do the mods really have no life?",
    "my brother said the mods clearly have no life", "she told me op obviously is an idiot",
    "op clearly isn't a moron", "the mods obviously aren't clowns", "op is fucking spot on",
    "op is clearly fucking correct", "the author clearly has no shortage of ideas",
    "people in this sub clearly have great taste", "the average reddit user is a millennial",
    "the average user here is a gamer", "whoever posted this clearly has talent",
    "whoever wrote this is obviously a pro",
    "op's reading comprehension is obviously better than mine",
    "op's brain is clearly big", "my dog clearly has no brain cells lol",
    "the robots obviously have no common sense", "this app clearly lacks common sense",
    "the plot obviously has no brain", "the zombie clearly has no brain",
    "the admins clearly have a plan", "op honestly has no reason to lie",
    "op really has no equal at this game", "the author seriously has no rival in fantasy",
    "people here obviously have a life", "op clearly has a lot of patience",
    "the average twitter user is a teenager", "the mods must have a lot of free time",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this sub delivers", "damn that post was good", "shit, my coffee went cold",
    "fucking finally, the update is out", "well shit, i lost again lol", "hell yeah, what a thread",
)
