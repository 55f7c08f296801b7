"""The olid27 held-back batch (issue 8): written with the probe, before any rule, in the
same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER you are so full of it", "@USER You are full of it!!", "@USER youre full of it",
    "@USER u r full of it", "@USER she is full of it", "@USER Trump is full of it",
    "@USER He is full of lies and hate", "@USER you are full of lies",
    "@USER Cuomo is full of hot air", "@USER liberals are so full of it",
    "@USER The left is full of lies", "@USER this woman is full of bs",
    "@USER he is just full of bull", "@USER You're full of hot air",
    "@USER Kavanaugh is full of it", "@USER she's so full of hate",
    "@USER you are full of garbage", "@USER Comey is full of nonsense",
    "@USER ur so full of it lmao", "@USER Democrats are full of it",
    "@USER you have no heart", "@USER you have no class", "@USER he has no soul",
    "@USER she has no conscience", "@USER Trump has no empathy",
    "@USER Liberals have no souls", "@USER Republicans have no spine",
    "@USER You have no backbone", "@USER Schumer has zero class",
    "@USER she has absolutely no soul", "@USER he has no compassion whatsoever",
    "@USER you have no humanity", "@USER Democrats have no conscience at all",
    "@USER this guy has no class", "@USER You clearly have no conscience",
    "@USER they have no spine", "@USER Graham has no backbone",
    "@USER you have no ethics", "@USER he has no principles", "@USER she has no heart",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER the report is full of lies", "@USER the speech was full of hot air",
    "@USER this thread is full of bs", "@USER my garage is full of junk",
    "@USER I'm so full of it tonight haha", "@USER the internet is full of hate",
    "@USER the new album has no soul", "@USER this town has no heart anymore",
    "@USER the sequel has no spine to its story", "@USER I have no class today yay",
    "@USER my dog has no shame lol", "@USER the car has no backbone",
    "@USER she is not full of it", "@USER is she full of it?", "@USER is he full of lies?",
    "@USER they claim he is full of it", "@USER she has no class on mondays",
    "@USER does he have no soul?", "@USER they told me I have no heart",
    "@USER if he has no conscience he will lie", "@USER she is full of joy",
    "@USER she has no heart problems", "@USER you are full of talent",
    "@USER he has so much heart", "@USER you have such a kind soul",
    "@USER you have class and style", "@USER she is full of life",
    "@USER he is full of wisdom", "@USER you are full of kindness",
    "@USER the kids are full of energy", "@USER you have a good conscience",
    "@USER this team has heart", "@USER The building has no spine walls",
    "@USER My coffee is full of sugar", "@USER The stadium was full of fans",
    "@USER Is the bill full of lies?", "@USER he has a soul of gold",
    "@USER that album is full of bangers", "@USER I have no idea",
    "@USER the class has no teacher today",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy fuck this is wild", "@USER shit that was close",
    "@USER damn this is so good", "@USER fucking finally it is friday",
    "@USER hell yeah lets go", "@USER this shit slaps lol",
)
# fmt: on
