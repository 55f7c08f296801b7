"""The thirteenth forum probe's held-back batch (issue 8), written before any rule in new
wording; counted only at the start and the end of the round. Comment-thread derogation:
opponents and public figures called names in the third person, sneering at the other
commenter, and groups run down; clean lines use the same words on things, oneself, or
as friendly profanity."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # opponents / public figures named in the third person
    "the mayor is a spineless coward", "what an absolute buffoon this senator is",
    "these morons in the city council never learn", "our governor is a complete clown",
    "the commissioner is an incompetent hack", "that judge is a disgrace",
    "this president is a pathological liar", "what a pathetic little man",
    "the author is clearly an imbecile", "such a smug idiot, this reporter",
    # generic "anyone who..." / "people like you"
    "anybody who voted for him is a fool", "whoever wrote this article is a moron",
    "folks like you are what is wrong with this country", "only an idiot would believe this",
    "people who think like this are brain dead", "those who defend him are spineless cowards",
    "anyone defending this is a hypocrite", "you are exactly the type of clown ruining this site",
    # typical + label
    "typical liberal snowflake", "another whiny conservative crybaby",
    "typical right wing nutjob", "yet another clueless progressive",
    "classic troll behaviour from a sad little man", "typical boomer idiocy from this guy",
    # sneering at the commenter
    "you people are unbelievable", "go crawl back under your rock",
    "go back to your mom's basement", "run along back to your echo chamber, sweetie",
    "nobody cares what you think, troll", "crawl back to whatever hole you came from",
    "keep drinking the kool aid, sheep", "enjoy your tinfoil hat, genius",
    # derogation of groups
    "republicans are a bunch of spineless hypocrites", "democrats are all corrupt liars",
    "these protesters are nothing but thugs", "cops are all pigs",
    "the whole administration is a pack of idiots", "politicians are parasites",
    "those fools in washington are clueless", "his supporters are a cult of morons",
    "trump voters are uneducated rednecks", "lefties are such crybabies",
)

HELD_SWEARING: tuple[str, ...] = (
    "this is fucking ridiculous", "what a shitty decision by the board",
    "holy shit this article is long", "damn this policy is dumb as hell",
    "that was one hell of a game", "the whole thing is a clusterfuck",
    "this bill is complete bullshit", "fuck yeah finally some good news",
    "what the hell is going on with taxes", "shit happens, move on",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "the mayor is a lawyer by training", "what an absolute mess this budget is",
    "the city council meets on tuesday", "our governor is visiting the school",
    "the commissioner gave a long speech", "that judge ruled on the appeal",
    "this president signed the bill yesterday", "what a lovely little town",
    "anybody who voted should get a sticker", "whoever wrote this article did great research",
    "people like you make this forum better", "only a fool like me would forget his keys twice",
    "people who think like this should read more history", "typical tuesday traffic downtown",
    "another rainy weekend", "typical of the season",
    "you people at the library are amazing", "go back to the first paragraph",
    "back to your point about taxes", "nobody cares about the weather report",
    "republicans won the vote in ohio", "democrats proposed a new bill",
    "protesters gathered outside city hall", "cops arrived at the scene quickly",
    "the administration announced new rules", "politicians met with farmers",
    "i was such an idiot to trust that bank", "i feel like a clown after that",
    "calling him a moron adds nothing to the debate", "he is not a hypocrite, he changed his mind",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
