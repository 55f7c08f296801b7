"""The hatecheck44 held-back lines (issue 8): other wordings of the probe's shapes (a
right or basic good denied to a named group, older claims denied in chat spelling, a
group said to bring nothing but harm), their clean twins and friendly swearing, written
at the same time as the probe and before any rule. Counted only at the start and the
end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "women dont deserve to drive", "immigrants don't deserve free schooling",
    "gay couples dont deserve to adopt", "muslims don't deserve citizenship",
    "trans people don't deserve medical care", "black people deserve no vote",
    "jews have no right to own land here", "women have no right to an opinion",
    "immigrants have no right to our benefits", "disabled people dont deserve jobs",
    "lesbians dont deserve to raise children", "refugees dont deserve housing",
    "women honestly dont deserve a voice", "muslims should have no right to vote",
    "trans ppl dont deserve healthcare", "gay people deserve no rights whatsoever",
    "immigrants dont deserve to live here",
    "muslims doesnt deserve to live", "women dont deserve rights",
    "trans people dont deserve to exist", "gays dont deserve human rights",
    "immigrants dont deserve the right to exist", "black people dnt deserve rights",
    "jews dont deserve to be alive", "refugees doesnt deserve any rights",
    "immigrants bring nothing but disease", "muslims bring nothing but hate",
    "black people bring nothing but crime", "trans people cause nothing but chaos",
    "women cause nothing but drama", "gays have brought nothing but sickness",
    "jews bring nothing but greed", "immigrants only bring violence",
    "muslims only ever bring terrorism", "refugees cause nothing but trouble",
    "migrants bring nothing but poverty", "blacks bring nothing but drugs and violence",
    "disabled people bring nothing but costs", "women are nothing but problems",
    "immigrants only cause crime",
)

HELD_CLEAN: tuple[str, ...] = (
    "women deserve to drive", "immigrants deserve free schooling too",
    "gay couples deserve to adopt", "muslims have every right to citizenship",
    "trans people deserve medical care", "black people fought for the vote",
    "jews have the right to own land here", "women have a right to an opinion",
    "children have no right to vote yet", "my cat doesnt deserve dinner after that",
    "disabled people deserve good jobs", "refugees deserve safe housing",
    "immigrants dont deserve to be called criminals",
    "gays dont deserve the hate they get",
    "women don't deserve to be harassed for speaking up",
    "muslims don't deserve to be treated like suspects",
    "immigrants bring nothing but good things to this town",
    "my trans friends bring nothing but love", "women bring nothing but skill to the team",
    "the update brought nothing but crashes", "this weather brings nothing but misery",
    "refugees only bring what they can carry", "the muslims next door bring nothing but cake",
    "saying muslims bring nothing but terror is hateful",
    "it's racist to claim black people bring nothing but crime",
    "immigrants don't only bring crime, that's a myth",
    "nobody should say trans people dont deserve to exist",
    "why would anyone think women dont deserve rights?",
    "he told me gays dont deserve to marry and i was shocked",
    "no one believes jews have no right to be here",
    "do immigrants only bring crime? no, the stats say otherwise",
    "women deserve rights, full stop", "immigrants deserve to live here in peace",
    "trans people deserve to exist", "gays deserve human rights",
    "jews deserve to be safe", "refugees deserve rights",
    "black people have every right to be here",
    "the report says migrants bring nothing but benefits to the economy",
    "disabled people bring a lot to the workplace",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes my gay cousin got married", "damn this queue brings nothing but pain",
    "shit i dont deserve these friends lol", "hell yeah trans rights",
    "holy fuck the womens final was insane", "fucking love my muslim neighbours' cooking",
)
