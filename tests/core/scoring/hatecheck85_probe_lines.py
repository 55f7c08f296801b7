"""The hatecheck85 probe (issue 8): hate for a named identity group said by the writer, or
by "we" or a group that holds the writer ("me and my friends"), as a habit, a duration or
a lasting state ("we always hated immigrants", "i've hated muslims for years", "been
hating refugees since day one", "we have never liked gay people and never will"). The
clean lines use the same words: someone else's hate, hate that stopped, things, denials,
questions, reported speech and counter-speech. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "we" and a habit
    "we always hated immigrants", "we always despised refugees",
    "honestly we always hated muslims", "we have always hated jews and always will",
    "we've always despised gay people",
    # a duration in the perfect
    "i've hated immigrants for years", "i have hated muslims my whole life",
    "we've hated jews for generations", "i have hated trans people since day one",
    "i've despised refugees for a long time", "we have hated black people forever",
    "i've loathed feminists for ages", "ive hated gay people my entire life",
    "we've hated muslims since forever lol", "i have despised immigrants for decades",
    # been hating
    "been hating refugees since day one", "i've been hating muslims for years",
    "we have been hating immigrants for a long time", "been despising jews my whole life",
    "ive been hating trans people since high school",
    # never liked and never will
    "we have never liked gay people and never will", "i've never liked muslims and never will",
    "we never liked immigrants and we never will", "i have never liked jews and i never will",
    "never liked refugees and never will tbh",
    # a group that holds the writer
    "me and my friends can't stand trans people", "me and my brother hate black people",
    "me and my family despise muslims", "me and the boys hate immigrants",
    "me and my dad have always hated jews", "me and my wife can't stand refugees",
    "my family and i have hated gay people for years", "me and my mates hate muslims lol",
    "me and my cousins have been hating immigrants since we were kids",
    "ngl me and my friends hate trans people",
)

TUNE_CLEAN: tuple[str, ...] = (
    # someone else's hate, not shared
    "my grandpa always hated immigrants, it was awful",
    "my dad has hated muslims for years and it's sad",
    "they've hated jews for centuries",
    "my uncle has been hating refugees since day one, he's a bigot",
    "he's never liked gay people and never will, the old fool",
    # hate that stopped
    "i used to hate gay people until i grew up",
    "i've hated immigrants for years until i met my wife",
    "we always hated muslims until we actually met some",
    "i used to hate trans people, i was so wrong",
    # things
    "i've hated this song for years",
    "we always hated that map",
    "been hating mondays since day one",
    "me and my friends can't stand this game", "i have hated cilantro my whole life",
    "we've never liked pineapple pizza and never will", "me and my brother hate the new patch",
    # denials and questions
    "i have never hated muslims",
    "we have never hated refugees",
    "have you always hated immigrants?",
    "why have they hated jews for so long?", "me and my friends don't hate trans people",
    # counter-speech and reported speech
    "saying we always hated immigrants is just racist",
    "people who have hated gay people for years should be ashamed",
    "he told me he's hated jews his whole life, i blocked him",
    "\"we always hated muslims\" is the kind of thing bigots say",
    # neutral and positive mentions with the same words
    "me and my friends love our trans neighbours", "my family and i have helped refugees for years",
    "we've supported immigrants since day one", "i've been volunteering with muslims for years",
    "me and my brother hate it when people are racist to black people",
    "we have always stood with jews", "i've hated how immigrants get treated for years",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck we've been stuck on this boss for years lol",
    "me and my friends are so fucking bad at this game",
    "holy shit i've been waiting for this update forever",
    "damn we always lose on this fucking map",
    "i've hated this shitty weather for weeks lmao",
    "been grinding this shit since day one",
)
