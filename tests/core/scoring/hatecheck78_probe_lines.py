"""The hatecheck78 probe (issue 8): the writer's hatred or aversion aimed at a pronoun that
stands for a named group mentioned earlier in the message, the pronoun alone after the
aversion phrases ("i have met many muslims, and i cannot stand them", "women. i can't
tolerate them") or quantified ("i know many jews and i can't stand a single one of them",
"i have met lots of immigrants and i despise the lot of them"); and the clean lines in the
same words that must stay clean (kind feelings, other people's dislike, denials, things
the pronoun stands for, a wrong done to the group, counter-speech and quotes). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the aversion phrase with "them" for a group named before
    "i have met many muslims, and i cannot stand them",
    "women. i cannot stand them.", "i know a lot of gay people and i can not stand them",
    "immigrants? i cannot tolerate them", "trans people moved in next door. i cant tolerate them",
    "i work with a few jews and honestly i cannot stand them",
    "black people are everywhere now and i can't tolerate them",
    "disabled people, i just cannot stand them anymore",
    "refugees keep arriving and i could never stand them",
    "i met some gypsies last year. i cannot tolerate them",
    # a quantified pronoun for the group after the writer's hatred
    "i have met many muslims, and i can't stand a single one of them",
    "i know many jews and i can't stand any of them",
    "i have met lots of immigrants and i despise the lot of them",
    "there are so many gay people in this town and i hate the lot of them",
    "women? i cant stand any of them", "i have met many women and i cannot stand any of them",
    "trans people. i loathe each and every one of them",
    "i have known plenty of black people and i can't stand a single one of them",
    "refugees are coming in and i hate each one of them",
    "i've met a lot of disabled people and i cant stand any of them",
    "muslims live all around me and i detest the whole lot of them",
    "i know loads of immigrants, i cannot tolerate any of them",
    "i have seen many gay couples and i can't stand every single one of them",
    "jews, i really can't stand any of them",
    "i have met many women and i despise each of them",
    "i've worked with many muslims and i cant stand a single one of them",
    "gay men? honestly i can't tolerate any of them",
    "i have met many trans women and i hate every last one of them",
    "i have met a lot of migrants and i cannot stand any one of them",
    "i know some black guys and i can't bear any of them",
    "the immigrants in my street? i can't stand a single one of them",
    "i have met many jews and i loathe the lot of them",
    "plenty of gays at my school and i can't stand any of them",
    "i have had many muslim neighbours and i cannot stand any of them",
    "i have met countless women and i cant stand a single one of them",
)

TUNE_CLEAN: tuple[str, ...] = (
    # kind feelings in the same shapes
    "i have met many muslims, and i love every one of them",
    "i know many jews and i adore each one of them",
    "i have met lots of immigrants and i respect every single one of them",
    "women. i cannot stand how they are treated.",
    # someone else's dislike, denials
    "i know many jews and my uncle can't stand any of them, which is awful",
    "i have met many muslims and i don't hate a single one of them",
    "i have met many women and i could never hate any of them",
    "immigrants? i have no problem with them, i can stand them just fine",
    "people who cannot stand gay people should be ashamed",
    # the pronoun for something else, or a wrong done to the group
    "i know many jews. i can't stand the jokes people make about them",
    "my muslim neighbours have loud parrots and i cannot stand any of them",
    "gay people get bullied a lot and i cannot stand it",
    "i have met many refugees and i cannot stand seeing them suffer",
    "trans people are attacked every day, i can't tolerate that",
    "i can't stand people who hate immigrants, every one of them is a bigot",
    "i love my jewish friends and i can't stand anyone who attacks them",
    "disabled people deserve better. i cannot tolerate them being mocked",
    # counter-speech, quotes and reports
    "saying 'women, i cannot stand them' is pure sexism",
    "he wrote 'muslims? i can't stand any of them' and got banned",
    "my grandpa says he cannot stand immigrants, it's so embarrassing",
    "posts like 'i hate the lot of them' about refugees are disgusting",
    # things, games and no group
    "i have tried many diets and i cannot stand any of them",
    "i bought three phones and i can't stand a single one of them",
    "mondays. i cannot stand them.", "i know a lot of lawyers and i can't stand any of them",
    "the enemy team? i cant stand a single one of them lol",
    "i have seen all the star wars films and i hate every one of them",
    "spiders. i cannot tolerate them.",
    # neutral mentions and questions
    "i have met many muslims and all of them were kind",
    "do you really hate all of them, the immigrants?",
    "i know many gay people and i cannot imagine life without them",
    "women? i could never stand against them, they are my heroes",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck i cannot stand this weather", "shit, i can't stand any of these bugs lol",
    "damn this game, i hate the lot of it", "holy shit i love you guys",
    "fucking hell, i can't stand waiting", "what the fuck, every one of these levels is hard",
)
