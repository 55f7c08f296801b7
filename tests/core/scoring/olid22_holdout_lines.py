"""The olid22 held-back batch (issue 8): written with the probe, in its shapes and
different wording, and not read while the rules were built. Counted only at the start
and at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER Cuomo has no shame", "@USER @USER Nancy has no shame", "Biden has zero shame",
    "@USER the governor has no shame", "@USER that man has no shame!",
    "@USER this lady has absolutely no shame", "@USER McConnell has no shame whatsoever",
    "@USER @USER @USER Avenatti has no shame", "@USER Kamala Harris has no shame",
    "@USER your senator has no shame", "@USER this dude has zero shame",
    "@USER Lindsey Graham has no shame at all", "@USER the mayor clearly has no shame",
    "@USER Holder has no shame.", "@USER that guy has no shame", "@USER Clapper has no shame",
    "@USER Rosenstein really has no shame", "@USER the woman has no shame",
    "@USER @USER Kaepernick has no shame", "@USER this congressman has no shame",
    "@USER she is a lying witch", "@USER he's a lying crook", "@USER Biden is a lying fool",
    "@USER Brennan is a lying traitor", "@USER he is a lying liar", "@USER she is a lying cow",
    "@USER you're a lying hypocrite", "@USER that man is a lying snake",
    "@USER Cuomo is a lying politician", "@USER what a lying woman",
    "@USER Clinton was a lying president", "@USER he is such a lying man",
    "@USER Avenatti is a lying lawyer", "@USER she is a lying person",
    "@USER this guy is a lying idiot", "@USER Schumer is a lying sack",
    "@USER Ford is a lying woman", "@USER Mueller is a lying cop",
    "@USER @USER he is a lying pos", "@USER the governor is a lying fraud",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER no shame in that", "@USER there is no shame in asking",
    "@USER I have absolutely no shame", "@USER we have zero shame lol",
    "@USER my cat has no shame", "@USER this dress has no shame and I'm here for it",
    "@USER she has no shame about eating dessert first", "@USER he has no shame in saying sorry",
    "@USER Emma has no shame in singing loud and we love her", "@USER no shame at all, do it",
    "@USER the puppy has no shame", "@USER the album has no shame",
    "@USER there's zero shame in therapy", "@USER I have no shame when it comes to pizza",
    "@USER the kid has no shame in dancing lol cute", "@USER having no shame is a skill",
    "@USER Biden has no shame about his stutter and that's brave",
    "@USER never feel shame for asking", "@USER Pelosi has no plans today",
    "@USER Cuomo has no comment", "@USER the baby is lying on her back",
    "@USER he is lying on the floor laughing", "@USER she was lying by the pool",
    "@USER my dog is lying in the sun", "@USER he is lying low until the storm passes",
    "@USER the report says she is a lying witness", "@USER they claim he is a lying cop",
    "@USER is she a lying witness?", "@USER I am a lying liar lol",
    "@USER the book is lying on the table", "@USER he was lying on the grass",
    "@USER Ford is a professor", "@USER Biden is a senator", "@USER the man is a lawyer",
    "@USER Mueller is a former FBI director", "@USER Graham is a staple in my pantry",
    "@USER Holder is a lawyer now", "@USER she is lying down for a nap",
    "@USER he was lying on the couch all day", "@USER Rice is a nice side dish",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy shit the senate vote is tonight", "@USER damn I have no shame lmao",
    "@USER fuck this rain", "@USER shit that was close",
    "@USER hell yeah Biden won", "@USER fucking finally the hearing is over",
)
