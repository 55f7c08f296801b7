"""The forum31 probe (issue 8): Reddit-style put-downs of a poster's mind or faculties
without a plain insult word, in the shapes forum30 left missed: a faculty judged through a
possessive ("op's brain is clearly empty", "your logic is braindead"), possession denied
("op clearly doesn't have a clue", "the mods obviously don't have a life"), lacking a
clue, a third person told by the thread to get a life, grow up or touch grass, "has no
clue how this works", and "the author obviously is a hack"; the clean lines in the same
words that must stay clean (ideas, things, the writer, news not yet known, questions,
reported speech, denials) and untargeted friendly swearing. Written before any rule.

Decided: "op doesn't have a clue yet, the patch isn't out" is clean (a time word makes it
news not yet known, not a faculty); "the mods need to get a life outside reddit lol" is
hostile (the put-down stands whole; the place and the laugh do not soften it).
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a faculty judged through a possessive
    "op's brain is clearly empty", "op's reading comprehension is clearly zero",
    "your logic is braindead", "the author's brain is obviously smooth",
    "this guy's common sense is nonexistent", "op's brain cells are clearly dead",
    "the mods' reading comprehension is honestly nonexistent", "your brain seems to be broken",
    "op's critical thinking is literally zero", "this guy's head is clearly empty",
    "the author's logic is brain dead", "your common sense is clearly nonexistent",
    # possession denied, a clue lacked
    "op clearly doesn't have a clue", "the mods obviously don't have a life",
    "the author clearly doesn't have a brain", "this guy doesn't have any common sense",
    "people in this sub clearly don't have a clue",
    "op obviously does not have a single brain cell",
    "op clearly lacks a clue", "the author seriously lacks a clue",
    "you clearly don't have a brain", "whoever wrote this doesn't have a clue",
    # told by the thread to get a life, grow up, touch grass
    "op really needs to get a life", "the mods need to get a life outside reddit lol",
    "this guy seriously needs to grow up", "the author needs to touch grass",
    "people in this sub really need to touch grass", "op honestly needs to grow up",
    # no clue how this works
    "op really has no clue how this works",
    "the author clearly has no idea what he's talking about",
    "this guy has no clue what he's doing", "the mods have no clue how reddit works",
    "op obviously has no clue how taxes work",
    # a hack
    "the author obviously is a hack", "op is clearly a hack",
)

TUNE_CLEAN: tuple[str, ...] = (
    # ideas and things
    "op's argument is clearly flawed", "the tank is clearly empty", "op's inbox is clearly empty",
    "the author's blog is dead", "op's phone screen is clearly broken",
    "your logic is sound", "op's brain is clearly working overtime today",
    "the mods' queue is literally zero right now", "this guy's account is clearly dead",
    # the writer
    "my brain is empty today lol", "i clearly don't have a clue about cars",
    "i really need to get a life lol", "i have no clue how this works",
    "honestly i need to touch grass after this weekend", "we clearly don't have a clue yet",
    # news not yet known, virtues, other meanings
    "op doesn't have a clue yet, the patch isn't out", "op clearly doesn't have a car",
    "the author doesn't have a website", "op needs to get a life jacket before the trip",
    "the kids need to grow up fast in that town", "you have no idea how happy this makes me",
    "op has no idea how much we appreciate him", "this life hack is clearly genius",
    "the author clearly has a brain for numbers", "the mods clearly don't have a lot of time",
    # asked, reported, denied
    "is op's brain empty?", "does op not have a clue?", "my friend said op needs to get a life",
    "op's brain isn't empty, he's just tired", "op clearly isn't a hack",
    "op is clearly not clueless", "the mods don't need to get a life, they're volunteers",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my brain is fried today", "damn this thread is wild", "fuck, i forgot my keys again",
    "this update is fucking sick", "shit the server crashed again", "hell yeah, new patch dropped",
)
