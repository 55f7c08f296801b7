"""The olid6 round's second held-back batch (issue 8, ninth session), written after the
first batch's final count and before any rule of the round's second part: the second
part's shapes (a third person's "ass": "beat his ass", "his sorry ass"; an exclamation
at a person in a reply: "what a clown"; a mouthpiece or puppet for someone: "a shill for
big pharma"; the reader or a person as everything wrong with something; the reader's
lost credibility or integrity), new wording, tweets and forum comments. Counted only at
the start and the end of the second part, never read for misses.
"""

from __future__ import annotations

# fmt: off

HELD2_HOSTILE: tuple[str, ...] = (
    "@USER somebody needs to kick his ass",
    "@USER I hope they whoop her ass in court",
    "@USER fire his lazy ass already",
    "@USER vote their corrupt asses out",
    "@USER send his sorry ass back to Florida",
    "@USER his dumb ass thinks tariffs are paid by China",
    "@USER throw her lying ass in jail",
    "@USER bench his slow ass",
    "@USER what a clown.",
    "@USER what an absolute clown",
    "@USER what a hypocrite!",
    "@USER what a loser",
    "@USER what a coward",
    "@USER what a tool",
    "what a clown, honestly",
    "@USER what a fraud",
    "@USER he's a shill for big pharma",
    "@USER you are a mouthpiece for the democrats",
    "@USER she is a puppet of Soros",
    "@USER you're just a shill for the NRA",
    "@USER he is nothing but a mouthpiece for the party",
    "the mod is a shill for the devs",
    "@USER you are everything wrong with politics",
    "@USER he is everything wrong with the NFL",
    "@USER you're everything that's wrong with the media",
    "@USER she is everything wrong with Hollywood",
    "you are everything wrong with reddit",
    "@USER you have no credibility left",
    "@USER you have zero integrity",
    "@USER you have no morals",
    "@USER you've lost all credibility",
    "@USER you have no decency",
    "@USER you have no dignity",
    "you have no integrity whatsoever",
    "@USER you are a disgrace to journalism",
    "@USER that judge is a fraud",
    "@USER the governor is a complete tool",
    "@USER republicans are out of control",
    "@USER the left is sick",
    "@USER leftists are insane",
)

HELD2_SWEARING: tuple[str, ...] = (
    "@USER I worked my ass off today",
    "@USER she worked her ass off for this win",
    "@USER holy shit what a game",
    "@USER damn what a goal",
    "@USER fuck yeah, what a night",
    "@USER my ass hurts from this chair",
    "@USER laughed my ass off",
    "@USER that's a big ass pizza",
    "@USER what the fuck a finish",
    "@USER this shit slaps",
)

HELD2_OTHER_CLEAN: tuple[str, ...] = (
    "@USER what a game",
    "@USER what a goal by Salah",
    "@USER what a day",
    "@USER what a clown costume, love it",
    "@USER what a great speech",
    "@USER what a joke that call was",
    "@USER the tool for the job is a wrench",
    "@USER he's a spokesman for the team",
    "@USER she is a member of the party",
    "@USER he is a lawyer for the family",
    "@USER you are everything to me",
    "@USER this is everything wrong with the design",
    "@USER that's everything wrong with the tax code",
    "@USER you have no idea how happy I am",
    "@USER you have no reason to worry",
    "@USER you have my credibility on this",
    "@USER the report lost all credibility",
    "@USER he has a lot of integrity",
    "@USER kick the ball to his left",
    "@USER his assistant will call you",
    "@USER her assessment was fair",
    "@USER their assets were frozen",
    "@USER he passed the ball",
    "@USER she's a puppeteer at the theatre",
    "@USER they are out of town",
    "@USER the left lane is closed",
    "@USER some republicans are out of control, but most aren't",
    "@USER is he a shill? I doubt it",
    "@USER nobody said he was a fraud",
    "@USER you are the best mouthpiece for kindness",
)

HELD2_CLEAN: tuple[str, ...] = HELD2_SWEARING + HELD2_OTHER_CLEAN
