"""The hatecheck26 probe (issue 8): an English functional hate suite's derogation by a
habit (a named identity group said to be always at a vice: "women are always whining",
"muslims never stop lying", "all immigrants ever do is beg") and by an inability said
whole ("black people can't do anything right"), with clean lines in the same shapes:
the same habits of kids, pets or oneself, a group always at a good thing or always
wronged, counter-speech and denials, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # always at a vice
    "women are always whining", "women are always complaining about something",
    "trans people are always whining about pronouns", "gay people are always complaining",
    "black people are always causing trouble", "disabled people are always complaining",
    "muslims are always lying", "immigrants are always stealing our stuff",
    "refugees are always begging for handouts", "jews are always scheming",
    "immigrants are always moaning", "women are always playing the victim",
    "muslims are always starting fights", "refugees are always cheating the system",
    # never stop
    "women never stop complaining", "jews never stop lying", "gay people never stop whining",
    "black people never stop stealing", "immigrants never stop moaning",
    # all they ever do / nothing but
    "all women ever do is whine", "all refugees ever do is beg",
    "all trans people do is complain", "all muslims ever do is lie",
    "immigrants do nothing but steal", "disabled people do nothing but moan",
    "jews do nothing but scheme",
    # only know how to
    "immigrants only know how to steal", "black people only know how to cause trouble",
    # inability said whole
    "women can't do anything right", "trans people can't do anything right",
    "muslims cannot do anything right", "disabled people can't do anything properly",
    "refugees are incapable of doing anything right", "gay people can never do anything right",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same habits of kids, pets, the writer, one person
    "my kids are always whining", "the baby is always crying at night",
    "my dog is always begging for food", "my cat never stops complaining about dinner",
    "i'm always complaining about the weather", "my brother is always moaning lol",
    "all my toddler ever does is cry", "my neighbour never stops talking",
    # a group always at a good thing, or wronged
    "women are always welcome here", "immigrants are always working hard",
    "refugees are always being blamed for everything", "trans people are always being attacked",
    "gay people never stop inspiring me", "black people are always there for each other",
    "muslims are always so generous", "all immigrants ever do is work",
    "disabled people never stop fighting for their rights", "jews are always targeted by liars",
    # counter-speech and denials
    "saying women are always whining is sexist", "stop saying muslims are always lying",
    "it's a myth that immigrants are always stealing",
    "people who say jews are always scheming are bigots",
    "no, refugees are not always begging for handouts",
    "i don't think black people are always causing trouble",
    "the idea that all refugees do is beg is a racist lie",
    # inability of a thing or of oneself
    "i can't do anything right today", "this printer can't do anything right",
    "my team can't do anything right lol", "women can do anything",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit my dog is always begging for treats", "damn i never stop losing in ranked lol",
    "fuck yeah we never stop winning", "shit i can't do anything right today lmao",
    "this fucking game is always crashing", "hell yeah the crowd never stops cheering",
)
