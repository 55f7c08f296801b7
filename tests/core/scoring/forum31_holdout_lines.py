"""The forum31 held-back lines (issue 8): other wordings of the probe's shapes, written at
the same time and before any rule; counted only at the start and at the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "op's brain is literally empty", "the author's reading comprehension is nonexistent",
    "your critical thinking is clearly zero", "this dude's brain is obviously smooth",
    "the mods' brains are clearly empty", "op's logic is honestly braindead",
    "your brain cells are clearly dead", "the poster's common sense is literally nonexistent",
    "op's brain seems to be fried", "this guy's iq is clearly zero",
    "the mods clearly don't have a clue", "op obviously doesn't have a brain",
    "the author really doesn't have a clue", "this dude clearly doesn't have a life",
    "people on this sub obviously don't have a brain", "op doesn't have an ounce of common sense",
    "the mods clearly lack a clue", "op honestly lacks a clue", "you obviously don't have a clue",
    "whoever made this clearly doesn't have a brain",
    "op seriously needs to get a life", "the mods really need to grow up",
    "this guy needs to go touch grass", "the author really needs to get a life",
    "people here seriously need to grow up", "the commenters need to touch grass",
    "op clearly has no clue how the game works",
    "the mods obviously have no clue what they're doing",
    "this guy really has no idea what he's talking about",
    "the author has no clue how science works",
    "op has no idea how any of this works", "the admins have no clue how their own site works",
    "the writer clearly is a hack", "op is obviously a hack",
    "op's head is clearly empty", "the author's brain is clearly broken",
    "your reading comprehension is literally zero", "op clearly doesn't have any self awareness",
    "this guy obviously lacks a clue", "the mods seriously need to touch grass",
)

HELD_CLEAN: tuple[str, ...] = (
    "op's theory is clearly flawed", "the fuel tank is literally empty",
    "op's wallet is clearly empty",
    "the author's website is clearly dead", "your battery is clearly dead",
    "op's reasoning is solid", "the mods' backlog is zero today",
    "this guy's server is clearly broken",
    "the author's brain is clearly full of ideas",
    "my head is empty after that exam", "i obviously don't have a clue about knitting",
    "i seriously need to touch grass lol", "i have no idea how this works either",
    "we really need to grow up as a community", "i clearly lack a clue about football",
    "op doesn't have a clue yet, nobody does until the announcement",
    "op clearly doesn't have a dog",
    "the author doesn't have a twitter account", "the mods don't have a discord server",
    "op needs to get a life insurance quote", "the puppies need to grow up a bit first",
    "you have no idea how much this helped me", "op has no idea how proud we are of him",
    "this cooking hack is clearly brilliant", "that hack for the door lock is genius",
    "the author clearly has a brain for plot twists", "the mods clearly don't have enough help",
    "is your brain empty too after finals?", "does the author not have a clue?",
    "someone said op needs to grow up", "my brother told me i need to get a life",
    "op's head isn't empty, he's just new", "the author clearly isn't a hack",
    "op clearly isn't clueless", "op really doesn't need to grow up, he's twelve",
    "the detective has no clue who the killer is", "op's phone clearly lacks a charger",
    "this game clearly doesn't have a brain for its ai", "the tank's logic board is broken",
    "the mods' inbox is clearly empty",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck my head is empty after that exam", "damn this sub is great",
    "shit, i clearly forgot my charger", "this mod is fucking amazing",
    "well shit the game crashed", "fuck yes, the patch is out",
)
