"""The hatecheck30 probe (issue 8): functional hate suites' blame laid on a named group,
the group said to be the one at fault again and again ("it's always the jews", "of
course it's always the immigrants") or blamed outright ("blame the muslims", "i blame
immigrants", "women are to blame", "it's the immigrants' fault"), with clean lines in the
same shapes: the same frames at things or non-protected people ("it's always the
printer", "blame the referee"), a group mentioned neutrally or as the one wronged ("it's
always the women who get blamed", "immigrants are not to blame"), counter-speech and
reported speech, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # always the group
    "it's always the jews", "its always the muslims", "it is always the immigrants",
    "always the immigrants", "it's always the women", "always the muslims again",
    "it's always the jews isn't it", "of course it's always the immigrants",
    "why is it always the muslims", "honestly it's always the refugees",
    "it's always the gays", "always the trans people, every single time",
    "it's always the black people tbh", "yep, always the jews",
    # blame laid on the group
    "blame the jews", "blame the immigrants", "i blame the muslims",
    "i blame immigrants for everything", "we blame women", "i totally blame the refugees",
    "just blame the trans people", "i blame gay people for this",
    "jews are to blame", "the immigrants are to blame", "muslims are to blame for this",
    "women are always to blame", "it's the immigrants' fault", "it's all the jews fault",
    "its the muslims fault", "this is all the refugees' fault", "it's the women's fault",
    "blame the blacks", "i blame the disabled people",
    # added before the third shape's rule: the group said to be the problem
    "women are the problem", "immigrants are the real problem",
    "muslims are the problem with this country", "the problem is the jews",
    "the real problem is immigrants", "trans people are the whole problem",
    "honestly black people are the problem", "the jews are always the problem",
    # added before the fourth shape's rule: the writer wants none of a group (hatecheck29's
    # "don't want any" without "more")
    "i don't want any muslims", "we don't want any refugees", "i dont want any jews",
    "honestly i don't want any immigrants", "we don't want any trans people, period",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames at things or non-protected people
    "it's always the printer", "its always the referee", "always the same story",
    "it's always the little things", "blame the referee", "blame the lag",
    "i blame the devs", "the referee is to blame", "it's the server's fault",
    "this is all the government's fault", "i blame myself", "it's always the quiet ones",
    # a group mentioned neutrally or as the one wronged
    "it's always the women who get blamed", "it's always the immigrants who suffer",
    "always the muslims being attacked", "immigrants are not to blame",
    "muslims are never to blame for this", "it's not the immigrants' fault",
    "it's not the jews fault", "don't blame the muslims", "never blame women for this",
    "i blame the media for the attacks on muslims", "i blame the racists, not the immigrants",
    "women are not to blame for being harassed", "it is always the women who do the work",
    "blame the system that fails disabled people",
    # counter-speech and reported speech
    "it's always the jews, said every antisemite ever",
    "people always blame the immigrants", "they always blame the jews for everything",
    "stop saying it's always the muslims", "he said it's always the jews, disgusting",
    "\"blame the immigrants\" is what every racist says",
    "saying it's the immigrants' fault is lazy", "my uncle thinks muslims are to blame",
    "racists claim jews are to blame",
    # added before the third shape's rule
    "the devs are the problem", "the problem is the server", "immigrants are not the problem",
    "women aren't the problem", "the problem is racism against jews",
    "the problem is muslims being attacked", "people who say immigrants are the problem are racist",
    "the problem isn't the immigrants", "gay people have a problem with bullying",
    # added before the fourth shape's rule
    "i don't want any muslims to get hurt", "i don't want any women to feel unsafe",
    "i don't want any trouble", "they don't want any immigrants",
    "people who say they don't want any muslims are bigots",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit it's always the printer lol", "fucking hell blame the lag",
    "damn it's always the quiet ones", "shit, it's the server's fault again",
    "blame the fucking referee", "it's always the fucking little things",
)
