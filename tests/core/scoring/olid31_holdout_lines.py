"""The olid31 held-back lines (issue 8): other wordings of the same shapes, written at the
same time as the probe and before any rule; counted only at the start and the end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER what a bunch of cowards", "@USER what a bunch of liars, every single one",
    "@USER @USER what a bunch of trolls", "@USER such a bunch of hypocrites smh",
    "@USER what a load of clowns", "@USER what a gang of liars",
    "@USER what a bunch of idiots", "@USER what a bunch of crybabies",
    "@USER the left are a bunch of hypocrites", "@USER the refs are a bunch of clowns",
    "@USER you people are a bunch of liars", "@USER congress is a bunch of clowns",
    "@USER republicans are a bunch of bullies", "@USER they're all a bunch of hypocrites",
    "@USER your followers are a bunch of trolls", "@USER the board are just a bunch of clowns",
    "@USER @USER bunch of liars", "@USER bunch of snowflakes lol",
    "@USER pack of hypocrites", "@USER just a bunch of clowns in suits",
    "@USER what a sad lot", "@USER what a pathetic crew",
    "@USER such a sorry bunch", "@USER what a pathetic bunch of people",
    "@USER they are a sad bunch", "@USER democrats are a sorry bunch",
    "@USER you guys are a pathetic lot", "@USER your party is a sad bunch",
    "@USER what a miserable bunch", "@USER what a sad group of adults",
    "@USER the protesters are a pathetic bunch", "@USER what a sorry crowd",
    "@USER such a pathetic lot of grown men", "@USER these clowns are a sad bunch",
    "@USER what a sad, sad bunch", "@USER you are such a sorry lot",
    "@USER what a sad bunch of losers", "@USER the whole panel is a pathetic bunch",
    "@USER what a bunch of frauds", "@USER these guys are a sad little bunch",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER a bunch of clowns came to the school fair",
    "@USER we hired a pack of clowns for the kids",
    "@USER a load of hypocrites in the movie, great plot", "@USER picked a bunch of grapes today",
    "@USER what a sad bunch of stats", "@USER what a pathetic bunch of rules",
    "@USER what a sorry lot of weather", "@USER such a sad bunch of headlines",
    "@USER we are a bunch of idiots honestly", "@USER us fans are a sad bunch lol",
    "@USER i'm with a sorry lot tonight, all of us lost",
    "@USER our team is a sad bunch this year haha",
    "@USER they aren't a bunch of liars", "@USER it's not a sad bunch, they played well",
    "@USER they are never a bunch of hypocrites", "@USER no they're not a pathetic lot",
    "@USER are you guys a bunch of clowns or what?", "@USER is that a pathetic bunch?",
    "@USER why is a bunch of clowns on the news?", "@USER were they a sorry lot?",
    "@USER they called the nurses a bunch of liars", "@USER saying they're a sad bunch is cruel",
    "@USER he said the fans were a pathetic lot", "@USER don't call them a bunch of clowns",
    "@USER what a great bunch", "@USER what a talented bunch of kids", "@USER such a kind lot",
    "@USER you are a lovely bunch", "@USER what a bunch of heroes",
    "@USER what a bunch of sweethearts",
    "@USER the kids were sad when the crowd left", "@USER a sad group hug after the final",
    "@USER the crowd was sad and quiet", "@USER i'm sad the whole bunch moved away",
    "@USER what a bunch of nonsense", "@USER what a load of rubbish",
    "@USER such a bunch of paperwork", "@USER what a pack of cards to deal with",
    "@USER the circus had a bunch of clowns and a lion",
    "@USER the pathetic bunch of weeds in my garden",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER holy fuck what a finish", "@USER shit, the bus is late again",
    "@USER damn this crowd is fucking insane", "@USER fuck me that was close",
    "@USER what the hell happened there lmao", "@USER this bunch of songs is fucking fire",
)
