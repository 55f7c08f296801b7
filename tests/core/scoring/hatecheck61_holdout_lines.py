"""Held-back lines of the hatecheck61 probe (issue 8), written with the studied part and
before any rule; counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "immigrants are the reason this city is rotting",
    "muslims are the reason europe is collapsing",
    "jews are the reason everything is so expensive",
    "refugees are the reason my town is ruined",
    "black people are the reason this place is a dump",
    "gay people are the reason society is falling apart",
    "trans people are the reason kids are messed up now",
    "women are the reason the world is going downhill",
    "disabled people are the reason the healthcare system is broken",
    "immigrants are the whole reason we're poor",
    "muslims are the main reason for all the crime",
    "those refugees are the reason nobody feels safe here",
    "every jew is the reason this country is dying",
    "immigrants are why this country is a mess",
    "muslims are why we can't have nice things anymore",
    "gays are why marriage is ruined",
    "refugees are why the streets are dangerous",
    "black people are why this city is a shithole",
    "trans people are why the kids are so confused",
    "jews are why the media is full of lies",
    "women are why the servers are toxic",
    "tbh immigrants are why rent is so high",
    "immigrants are literally the reason everything sucks",
    "refugees are the reason we are losing our culture",
    "immigrants suck ass", "muslims suck", "jews suck ass", "trans people really suck",
    "gay people suck", "black people fucking suck", "disabled people suck",
    "refugees suck", "women suck ass", "every muslim sucks", "tbh immigrants suck",
    "pakistanis suck", "the gays suck", "lesbians suck so much", "chinese people just suck",
    "asians suck lol",
)

HELD_CLEAN: tuple[str, ...] = (
    "the refs are the reason we lost the final", "campers are the reason this map is dying",
    "the mods are why we can't have nice things", "bankers are the reason the economy is broken",
    "smurfs are why nobody plays casual anymore", "fridays suck", "exams suck ass",
    "the graphics suck", "these patch notes really suck", "our defenders suck lol",
    "immigrants are the reason this city is so vibrant",
    "women are the reason i got through school",
    "refugees are why our football team got so good",
    "my jewish friends are the reason i started cooking",
    "nazis are the reason jews are afraid",
    "bullies are why gay kids are scared",
    "transphobes are the reason trans people are struggling",
    "people who say refugees are the reason crime went up are lying",
    "quit saying jews are why we can't have nice things",
    "she thinks muslims are the reason the country is dying, which is absurd",
    "saying gay people suck is homophobic",
    "my cousin keeps saying immigrants suck and i hate it",
    "muslims are not the reason this town is struggling",
    "black people aren't why the crime rate is high",
    "women don't suck at all",
    "nobody thinks refugees are the reason the schools are failing",
    "are refugees really the reason crime is up?",
    "why do some people think jews are why the world is broken?",
    "do disabled people suck at games?",
    '"muslims suck" is a lazy take',
    "vacuum cleaners suck up all the dust",
    "the men's team sucks this year",
    "the reason immigrants come here is to work",
    "immigrants are the reason i have a job",
    "critics are the reason this show got cancelled",
    "campers suck", "trolls are why we can't have nice things",
    "racists suck", "people who hate immigrants suck", "the twins suck at chess",
)

HELD_SWEARING: tuple[str, ...] = (
    "this damn wifi is the reason we lost lol",
    "holy fuck that was close",
    "shit this weather sucks ass",
    "fuck it, one more game",
    "damn tuesdays suck",
    "hell yeah nice shot",
)
# fmt: on
