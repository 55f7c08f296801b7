"""The hatecheck83 held-back batch (issue 8): other wordings of the probe's shapes, written
at the same time, counted only at the start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i always hated gay people", "i've always hated muslims", "i have always despised refugees",
    "i always loathed immigrants", "i always despised jews", "i've always detested trans people",
    "i always hated women", "i have always hated black people", "i always hated disabled people",
    "honestly i've always hated refugees", "i always hated muslims and i always will",
    "i always despised immigrants tbh", "i hated jews", "i despised refugees",
    "i loathed gay people", "i hated trans people", "i detested muslims",
    "i hated every immigrant i ever met", "i despised all the jews i knew",
    "i hated black people my whole life", "i loathed every woman i have met",
    "honestly i despised muslims", "i hated gay men", "i despised disabled people",
    "i met many muslims and i hated them", "i knew a lot of immigrants and i despised them",
    "refugees? i always despised them", "i grew up with jews and i loathed them",
    "i lived among gay people and i hated every one of them",
    "trans people. i have always hated them", "i never stopped hating jews",
    "i have never stopped hating refugees", "i never stopped despising immigrants",
    "i never stopped hating black people", "i worked with women and i hated all of them",
    "i always hated the muslims", "i've always loathed women", "i always detested gay people",
    "i hated all immigrants", "i despised every single refugee i ever met",
)

HELD_CLEAN: tuple[str, ...] = (
    "i used to hate immigrants, now i know better", "i always hated jews until i met my friends",
    "i hated muslims as a teenager but i grew up", "i hated trans people before i met one",
    "i once despised gay people and i regret it", "my mom always hated refugees",
    "my grandpa hated immigrants", "she always despised muslims", "they always hated gay people",
    "he hated trans people his whole life", "i always hated tuesdays",
    "i always hated italian opera", "i hated that book", "i always despised summer",
    "i hated the rain yesterday", "i always hated chemistry class",
    "i always hated the russians in warzone", "i hated the jews in that film",
    "i never hated immigrants", "i have never hated gay people", "i didn't hate refugees",
    "did i always hate muslims? of course not", "have you always hated women?",
    "writing 'i always hated jews' is antisemitic", "she told me she always hated refugees",
    "people who say they hated muslims are awful", "i always loved immigrants",
    "i always admired jews", "i hated seeing gay people attacked",
    "i always hated how they talk about refugees", "i hated the way they treated muslims",
    "i met many immigrants and i liked them", "i always hated broccoli",
    "i always hated waking up early", "i hated the new update", "i always hated my old job",
    "i never stopped loving muslims", "i never stopped supporting refugees",
    "i always hated racism against black people", "i hated the jokes about trans people",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck i always hated tuesdays", "holy shit i hated that test",
    "damn i always loved this fucking band", "shit, i hated the finale of that series",
    "i always hated this crappy phone lol", "fucking hell i never stopped loving tacos",
)
