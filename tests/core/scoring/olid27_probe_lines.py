"""The olid27 probe (issue 8): OLID-style replies in the round's shapes (a person, the
reader or a camp said to be full of it: "@USER you are full of it", "he is full of lies",
"liberals are full of hot air"; a person, the reader or a camp said to lack a soul, a
conscience, a spine or class: "@USER you have no soul", "Pelosi has no conscience",
"Democrats have no spine") and clean tweets that look alike (the same words of a thing,
the writer, denied, asked, reported, going on, kind turns). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # full of it
    "@USER you are full of it", "@USER You're so full of it.", "@USER ur full of it",
    "@USER He is full of it and everyone knows it", "@USER she is full of lies",
    "@USER Schiff is full of lies", "@USER Liberals are full of hot air",
    "@USER @USER you are full of bs", "@USER this guy is full of bull",
    "@USER Brennan is so full of it", "@USER The Democrats are full of lies",
    "@USER you are full of hate", "@USER He's full of hot air as usual",
    "@USER You are just full of baloney", "@USER Antifa is full of it",
    "@USER Man you are full of nonsense",
    # lacking a soul, a conscience, a spine, class
    "@USER you have no soul", "@USER You have no conscience.", "@USER he has no spine",
    "@USER She has no class", "@USER Pelosi has no soul", "@USER Liberals have no conscience",
    "@USER Democrats have no backbone", "@USER This man has no heart",
    "@USER you have zero class", "@USER He has absolutely no conscience",
    "@USER McConnell has no spine whatsoever", "@USER you have no empathy at all",
    "@USER they have no souls", "@USER Feinstein has no humanity",
    "@USER conservatives have no compassion", "@USER You clearly have no principles",
    "@USER that woman has no class", "@USER he has no self respect",
    "@USER Booker has no ethics",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a thing or the writer
    "@USER the bill is full of lies", "@USER this article is full of bs",
    "@USER My inbox is full of it today", "@USER the room was full of hot air",
    "@USER I am full of it today lol", "@USER the world is full of hate",
    "@USER This city has no soul", "@USER the remake has no heart",
    "@USER I have no soul before coffee lol", "@USER the plan has no backbone",
    "@USER my phone has no class mode", "@USER the museum has no class trips this week",
    # denied, asked, reported, conditional, going on
    "@USER he is not full of it", "@USER is he full of it?", "@USER Are you full of it?",
    "@USER She said he is full of it", "@USER he has no class on fridays",
    "@USER Does she have no conscience?", "@USER you do not have no soul",
    "@USER he said I have no soul", "@USER if you have no conscience you will not care",
    "@USER you are full of joy today", "@USER he has no heart condition",
    # kind turns
    "@USER you have so much soul in your voice", "@USER she has so much class",
    "@USER you are full of surprises", "@USER he is full of energy",
    "@USER you have a big heart", "@USER He has a spine of steel",
    "@USER she is full of love", "@USER you are full of good ideas",
    "@USER this team has no quit in it",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit this is crazy", "@USER damn that was a good game",
    "@USER fuck yeah we won", "@USER this shit is wild lol",
    "@USER hell yes finally", "@USER that was fucking amazing",
)
# fmt: on
