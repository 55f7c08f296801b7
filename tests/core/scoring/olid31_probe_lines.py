"""The olid31 probe (issue 8): a group (or the reader's side) derided as a collective in
tweet style, by an exclamation or a predicate: "what a bunch of clowns", "they are a
bunch of hypocrites", "what a sad bunch", "liberals are a pathetic lot", "@USER bunch of
liars"; and the clean lines in the same words that must stay clean (a literal bunch of
clowns or flowers, a sad bunch of results, the writer's own side, negation, questions,
reported and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # an exclamation: "what a" / "such a" and a collective of name-called people
    "@USER what a bunch of clowns", "@USER what a bunch of hypocrites",
    "@USER what a bunch of liars lol", "@USER @USER what a bunch of bullies",
    "@USER such a bunch of clowns", "@USER what an absolute bunch of clowns",
    "@USER @USER what a pack of liars", "@USER what a bunch of snowflakes 🙄",
    # a predicate of a person, a group or the reader
    "@USER they are a bunch of hypocrites", "@USER these people are a bunch of liars",
    "@USER you guys are a bunch of clowns", "@USER @USER the senate is a bunch of clowns",
    "@USER democrats are nothing but a bunch of hypocrites",
    "@USER they're just a bunch of bullies with blue checks",
    "@USER the media are a bunch of liars", "@USER y'all are a bunch of clowns",
    # the bare collective said to the thread
    "@USER bunch of clowns", "@USER @USER bunch of hypocrites.",
    "@USER pack of liars, all of them",
    # a contempt adjective with a collective
    "@USER what a sad bunch", "@USER @USER what a pathetic bunch",
    "@USER what a sorry lot", "@USER such a sad bunch of people",
    "@USER what a pathetic group of grown men", "@USER you are a sad bunch",
    "@USER liberals are a pathetic lot", "@USER they are such a sorry bunch",
    "@USER the whole cabinet is a sad bunch", "@USER conservatives are a miserable bunch",
    "@USER @USER what a sad crowd, all of them", "@USER your fans are a sorry lot",
    "@USER what a pitiful bunch of cowards", "@USER those trolls are a sad bunch",
    "@USER you lot are a sad bunch honestly", "@USER what a sad bunch. go away",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a literal collective, no exclamation or predicate
    "@USER a bunch of clowns showed up at the party", "@USER my kid loved the bunch of clowns",
    "@USER we saw a pack of wolves on the hike", "@USER bought a bunch of flowers for mom",
    # a collective of things
    "@USER what a sad bunch of results", "@USER what a pathetic bunch of excuses for a law",
    "@USER such a sorry lot of games this season", "@USER what a sad bunch of news today",
    # the writer's own side, self-deprecation
    "@USER we are a bunch of clowns lol", "@USER we're a sad bunch, can't even finish a game",
    "@USER i know we're a sorry lot but we try", "@USER me and the boys are a bunch of idiots",
    # negation
    "@USER they are not a bunch of liars", "@USER we're not a sad bunch at all",
    "@USER they are anything but a bunch of clowns",
    "@USER nobody here is a bunch of hypocrites",
    # questions
    "@USER are they a bunch of hypocrites?", "@USER is this a sad bunch or what?",
    "@USER who are these bunch of people?",
    # reported and counter-speech
    "@USER he called us a bunch of clowns", "@USER calling them a bunch of liars is unfair",
    "@USER she said we were a sad bunch", "@USER stop calling voters a pathetic lot",
    # friendly and praising collectives in the same words
    "@USER what a great bunch of people", "@USER what a fun bunch", "@USER such a lovely lot",
    "@USER you guys are a great bunch", "@USER what a bunch of legends",
    # sad as a feeling
    "@USER the team was sad after the loss", "@USER i feel sad for that whole group",
    "@USER what a sad day for the bunch of us", "@USER sad to see the crowd leave so early",
)

TUNE_SWEARING: tuple[str, ...] = (
    "@USER holy shit what a game", "@USER damn that bunch of flowers is fucking gorgeous",
    "@USER fuck yeah we won", "@USER shit, i forgot my keys again",
    "@USER what the fuck is this weather", "@USER this crowd is fucking loud lmao",
)
