"""Words of the hatecheck83 round (issue 8, targeting_hatecheck83.py): the writer's hatred
of a named group said in the past tense or as a lasting habit ("i always hated muslims",
"i've always despised immigrants", "i hated every gay person i ever met", "i met several
black people and i hated them", "i never stopped hating women")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (lexicons/en/identity_attack.txt, hatecheck83): the writer and
# a past aversion verb, or "never stopped" and its -ing form; read only in the shape and
# cancelled outside it ("i hated that movie").
PAST_LINES: Final[frozenset[str]] = frozenset({
    "i hated", "i despised", "i loathed", "i detested",
})
NEVER_STOPPED_LINES: Final[frozenset[str]] = frozenset({
    "never stopped hating", "never stopped despising", "never stopped loathing",
    "never stopped detesting",
})
OWN_TERMS: Final[frozenset[str]] = PAST_LINES | NEVER_STOPPED_LINES

# --- The habit: hatecheck30's bare "always" (hatecheck30_words.ALWAYS), read when an
# aversion verb follows right after it ("i always hated", "i've always despised").
AVERSIONS: Final[frozenset[str]] = frozenset({
    "hated", "despised", "loathed", "detested", "hate", "despise", "loathe", "detest",
})

# --- The writer: "i" right before the aversion, or before "have" ("i [have] always
# hated", "i['ve] never stopped hating").
WRITER: Final = "i"
HAVE: Final[frozenset[str]] = frozenset({"have", "ve"})
HAVE_REACH: Final = 1
# Before the writer: the sentence's start over a few adverbs ("honestly i always hated
# ..."), or a lead that joins the writer's own clause ("i met jews and i hated them").
ADVERBS: Final[frozenset[str]] = frozenset({
    "honestly", "tbh", "frankly", "ngl", "seriously", "literally", "yeah", "well", "but",
    "and", "so", "just", "personally",
})
ADVERB_REACH: Final = 3  # "and honestly personally"
LEADS: Final[frozenset[str]] = frozenset({"and", "but", "so", "yet"})

# --- The group right after the aversion, over a few determiners ("hated [every] gay
# person", "despised [all the] refugees").
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "all", "the", "every", "each", "single", "those", "these", "any", "of",
})
# After the group: who they are or how long ("every muslim [i have ever known]", "women
# [my whole life]"), at most WHO_REACH words, then the clause closes or goes on only into
# TAILS ("and always will", "tbh").
WHO: Final[frozenset[str]] = frozenset({
    "i", "ever", "met", "have", "ve", "had", "known", "knew", "know", "seen", "my", "whole",
    "life", "for", "years", "all",
})
WHO_REACH: Final = 4  # "i have ever known"
TAILS: Final[frozenset[str]] = frozenset({
    "and", "i", "always", "will", "tbh", "honestly", "ngl", "lol", "period", "so", "much",
    "too", "with", "a", "passion", "really", "seriously", "frankly",
})
TAIL_REACH: Final = 4  # "and i always will"

# --- The aversion overcome or regretted, read a few words after it: "i always hated
# muslims until i met my wife", "i hated jews as a kid", "... and i regret it".
REGRETS: Final[frozenset[str]] = frozenset({
    "until", "till", "til", "now", "regret", "ashamed", "sorry", "wrong", "grew", "changed",
    "kid", "child", "teen", "teenager", "young", "younger", "before", "better", "anymore",
})
REGRET_REACH: Final = 12  # the rest of a long sentence
