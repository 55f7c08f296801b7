"""The olid11 probe's held-back batch (issue 8): written after olid11_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same two shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a person judged a sham or a disgrace
    "@USER Pelosi is a joke", "@USER she is a total fraud", "@USER he's a phony",
    "@USER that man is a crook", "@USER Cuomo is corrupt", "@USER you are such a joke",
    "@USER he is a hypocrite and a coward", "@USER Feinstein is a disgrace",
    "@USER you're a clown", "@USER she is the worst", "@USER Kavanaugh is a fraud",
    "@USER you hypocrite", "@USER he is so corrupt", "@USER what a hypocrite",
    "@USER she's a joke", "@USER he is an absolute fraud", "@USER the mayor is a crook",
    "@USER you are a phony", "@USER he is a bad joke", "@USER that senator is a clown",
    # a political group judged by a plain predicate
    "@USER liberals are so pathetic", "@USER democrats are so predictable",
    "@USER why are conservatives so stupid?", "@USER liberals are such hypocrites",
    "@USER the left is a joke", "@USER democrats are frauds", "@USER leftists are so corrupt",
    "@USER libs are hypocrites", "@USER republicans are so pathetic",
    "@USER liberals are clowns", "@USER conservatives are hypocrites",
    "@USER democrats are a disgrace", "@USER liberals are so dumb",
    "@USER the liberals are corrupt", "@USER why are leftists so trashy",
    "@USER liberals are crooks", "@USER dems are a joke", "@USER conservatives are so dense",
    "@USER these democrats are pathetic", "@USER liberals are nothing but hypocrites",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER the joke went over my head", "@USER tell me a joke", "@USER jokes aside, good luck",
    "@USER the fraud team called me today", "@USER was he a fraud? no idea",
    "@USER she is not a hypocrite at all", "@USER election fraud claims were dismissed",
    "@USER the crook in the movie was great", "@USER the file got corrupted",
    "@USER she is the worst at keeping secrets haha", "@USER he said i was a fraud, ouch",
    "@USER clowns scare my kids", "@USER he was the class clown in school",
    "@USER worst case we drive", "@USER the corrupt save file ruined my run",
    "@USER liberals are gathering downtown", "@USER democrats are so excited today",
    "@USER conservatives are planning a rally", "@USER are republicans so sure they win?",
    "@USER liberals are welcome here", "@USER democrats are hosting a debate",
    "@USER leftists are organizing a march", "@USER republicans are leading the polls",
    "@USER conservatives are split on the bill", "@USER liberals are in the majority",
    "@USER the left is gaining seats", "@USER dems are campaigning in iowa",
    "@USER libs are hosting a fundraiser", "@USER democrats are tied in the polls",
    "@USER liberals are so happy with the result", "@USER i'm a total fraud at cooking lol",
    "@USER we are a joke at bowling", "@USER my jokes are the worst", "@USER a crook of the arm",
    "@USER the phony war of 1939", "@USER it's a joke, relax",
    "@USER hypocrisy is a theme in the book", "@USER the clown fish is cute",
    "@USER corruption charges were filed", "@USER he fought fraud for years",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy fuck that was a joke of a goal", "@USER shit he is fucking good",
    "@USER damn the democrats won, crazy shit", "@USER fuck this weather",
    "@USER that's some wild shit lol", "@USER he's so fucking funny",
)
