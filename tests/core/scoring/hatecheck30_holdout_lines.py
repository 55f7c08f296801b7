"""The hatecheck30 held-back batch (issue 8): the probe's shapes (blame laid on a named
group: "it's always the jews", "blame the immigrants", "women are to blame", "it's the
muslims' fault") in other wording, written with the probe and before any rule, and
counted only at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "it's always the refugees", "its always the jews", "it is always the women",
    "always the jews", "always the gays again", "it's always the muslims innit",
    "of course its always the jews", "why is it always the immigrants",
    "it's always the immigrants, every time", "always the black people",
    "lol it's always the trans people", "it's always the blacks isn't it",
    "it's always the disabled people", "it was always the jews", "it's always those muslims",
    "blame the women", "blame the muslims", "blame the refugees", "i blame jews",
    "i blame the immigrants for this", "we blame the jews", "i honestly blame women",
    "i blame trans people", "blame the gays", "i just blame the muslims for everything",
    "immigrants are to blame", "the jews are to blame", "gay people are to blame",
    "refugees are to blame for all of it", "trans people are to blame",
    "it's the jews' fault", "its all the immigrants fault", "it's the muslims' fault again",
    "it is the women's fault", "all the refugees fault", "this is the jews fault",
    "it's all the gays fault", "it's the black people's fault", "this is all the muslims fault",
    "it's the trans people's fault",
    # added before the third shape's rule (the group said to be the problem)
    "jews are the problem", "refugees are the real problem", "the problem is muslims",
    "the main problem is the immigrants", "gay people are the problem tbh",
    "disabled people are the biggest problem", "the whole problem is women",
    # added before the fourth shape's rule (the writer wants none of a group)
    "we dont want any muslims", "i don't want any gay people", "i really don't want any refugees",
)

HELD_CLEAN: tuple[str, ...] = (
    "it's always the wifi", "always the same excuses", "it's always the last level",
    "its always the weekend traffic", "blame the weather", "blame the ping",
    "i blame the coach", "the coach is to blame", "it's the printer's fault",
    "it's all the mods fault", "i blame my brother", "it's always the same people",
    "it's always the women who get harassed", "always the immigrants who get scapegoated",
    "always the jews being targeted", "refugees are not to blame",
    "gay people are never to blame for this", "it's not the muslims' fault",
    "it isn't the refugees fault", "don't blame the jews", "stop blaming immigrants",
    "never blame trans people for this", "i blame the press for hatred of jews",
    "i blame bigots, not muslims", "black people are not to blame for racism",
    "it's always the women who organise everything", "blame the laws that fail trans people",
    "it's always the muslims, said every bigot ever",
    "they always blame the muslims", "people blame immigrants for everything",
    "stop claiming it's always the jews", "she said it's always the immigrants, awful",
    "\"it's always the jews\" is an antisemitic trope",
    "saying women are to blame is sexist", "my neighbour thinks refugees are to blame",
    "bigots say gay people are to blame", "the reporter asked whether immigrants are to blame",
    "it's always the immigrants who get blamed", "blame the policies, not the refugees",
    "i don't blame muslims at all",
    # added before the third shape's rule
    "the referee is the problem", "the main problem is the lag", "refugees are not the problem",
    "jews aren't the problem", "the problem is hatred of muslims",
    "the problem is women being underpaid", "bigots claim refugees are the problem",
    # added before the fourth shape's rule
    "i don't want any refugees to drown", "i don't want any drama", "they don't want any jews",
    "i don't want any gay people bullied",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck it's always the wifi", "shit blame the weather then", "damn, the coach is to blame lol",
    "holy shit it's the printer's fault", "it's always the fucking ping",
    "blame the damn weather",
)
