"""The olid22 probe (issue 8): tweet-like lines in the round's shapes (a person named by
name or by a person noun said to have no shame; a person called "a lying" someone) and
clean lines that look alike: no shame in doing a thing, the writer's own shamelessness,
a pet or a song without shame, someone lying down, a report of what was said. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a named or pointed person with no shame
    "@USER Trump has no shame", "@USER @USER Schumer has no shame",
    "@USER Pelosi has absolutely no shame", "@USER Warren has zero shame",
    "@USER the man has no shame", "@USER this guy has no shame whatsoever",
    "@USER that woman has no shame at all", "Feinstein has no shame",
    "@USER Hillary Clinton has no shame", "@USER @USER Brennan clearly has no shame",
    "@USER Kavanaugh has no shame.", "@USER Maxine Waters has no shame!",
    "@USER this senator has no shame", "@USER the president has zero shame",
    "@USER Booker really has no shame", "@USER that clown has no shame",
    # a person called a lying someone
    "@USER he is a lying politician", "@USER she is a lying woman",
    "@USER Trump is a lying dog", "@USER he is a lying sack", "@USER Comey is a lying cop",
    "@USER @USER she's a lying fraud", "@USER Ford is a lying attention seeker",
    "@USER he was a lying president", "@USER you are a lying person",
    "@USER what a lying politician", "@USER Schiff is such a lying man",
    "@USER he is a lying piece of garbage", "@USER Obama was a lying president!",
    "@USER she is just a lying girl", "@USER this man is a lying bastard",
    "@USER the senator is a lying hypocrite",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no shame in a thing, the writer's own, a pet or a thing
    "@USER there is no shame in losing", "@USER I have no shame lol",
    "@USER we have no shame in this house", "@USER no shame in asking for help",
    "@USER he has no shame in admitting he was wrong", "@USER my dog has no shame",
    "@USER this song has no shame and I love it", "@USER Jake has no shame in asking for help",
    "@USER she has no shame about her body and good for her",
    "@USER the show has no shame", "@USER Trump has no shame in his game lol he wins",
    "@USER there's no shame in crying",
    "@USER Bono has no shame about singing off key and i respect it",
    "@USER honestly i have zero shame",
    # someone lying down, a report, a question
    "@USER the dog is lying on the couch", "@USER he is lying in bed with the flu",
    "@USER she was lying on the beach all day", "@USER he is lying down after surgery",
    "@USER the article says he is a lying politician", "@USER is he a lying politician or not?",
    "@USER she is lying low this week", "@USER the cat is a lying lump on my keyboard",
    "@USER he was lying in wait for the ball", "@USER I'm a lying mess today lol",
    "@USER Trump is in Ohio today", "@USER Warren is a senator from Massachusetts",
    "@USER the man is a politician", "@USER Rice is a staple food",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit that speech was wild", "@USER damn he has no chill lol",
    "@USER fucking hell this debate is long", "@USER shit I have no shame lmao",
    "@USER fuck yeah Bono killed it",
)
