"""The hatecheck83 probe (issue 8): the writer's hatred of a named group said in the past
tense or as a lasting habit ("i always hated muslims", "i've always despised immigrants",
"i hated every gay person i ever met", "i met several black people and i hated them");
and the clean lines in the same words that must stay clean (the aversion overcome or
regretted, someone else's, things, days and game sides, denials, questions, quotes and
counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the habit: "always" before a past aversion verb
    "i always hated muslims", "i've always despised immigrants", "i have always hated jews",
    "i always loathed gay people", "i've always hated refugees", "i always detested women",
    "i have always despised trans people", "honestly i always hated black people",
    "i always hated immigrants and always will", "i always hated jews tbh",
    "i have always loathed muslims", "i always despised gay men",
    # the past tense with the group right after
    "i hated muslims", "i despised immigrants", "i loathed trans people", "i detested jews",
    "i hated every gay person i ever met", "i hated all the refugees i met",
    "i hated women my whole life", "i despised every muslim i have ever known",
    "honestly i hated immigrants", "i hated disabled people", "i despised black people",
    # the past tense with a pronoun for a group named before
    "i met several black people and i hated them", "i have known many jews and i despised them",
    "muslims? i always hated them", "i lived next to immigrants and i loathed them",
    "i worked with trans people and i hated every one of them",
    "women. i have always despised them",
    # never stopped
    "i never stopped hating muslims", "i have never stopped hating immigrants",
    "i never stopped despising gay people", "i never stopped hating women",
    "i met lots of refugees and i hated all of them", "i always hated the jews",
)

TUNE_CLEAN: tuple[str, ...] = (
    # overcome or regretted
    "i used to hate gay people, now i know better", "i always hated muslims until i met my wife",
    "i hated immigrants as a kid but i grew out of it", "i hated jews before i knew any",
    "i once hated trans people and i am ashamed of it",
    # someone else's
    "my dad always hated immigrants", "my uncle hated muslims", "he always despised gay people",
    "they always hated jews", "she hated women her whole life",
    # things, days and game sides
    "i always hated mondays", "i always hated french cooking", "i hated that movie",
    "i always despised winter", "i hated the traffic today", "i always hated math class",
    "i always hated the germans in battlefield", "i hated the muslims in that movie",
    # denials and questions
    "i never hated muslims", "i have never hated immigrants", "i didn't hate gay people",
    "did i always hate jews? no", "have you always hated refugees?",
    # reported, quoted, counter-speech
    "saying 'i always hated muslims' is pure bigotry",
    "he told me he always hated immigrants", "people who say they hated jews are vile",
    # kind or other feelings
    "i always loved muslims", "i always respected immigrants", "i hated seeing refugees suffer",
    "i always hated how people treat gay people", "i hated the way they mocked trans people",
    "i met several black people and i loved them",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck i always hated mondays", "holy shit i hated that exam",
    "damn i always loved this fucking song", "shit, i hated the ending of that show",
    "i always hated this shitty weather lol", "fucking hell i never stopped loving pizza",
)
