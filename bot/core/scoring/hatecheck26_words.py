"""Words of the hatecheck26 round (issue 8, targeting_hatecheck26.py): a named identity
group said to be always at a vice, or unable to do anything right."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum20_words as f20
from bot.core.scoring import hatecheck12_words as h12

# fmt: off
# A group always at a vice (insult.txt, hatecheck26): "women are always moaning",
# "immigrants never stop begging", "all refugees ever do is beg", "jews do nothing but
# scheme"; no line holds an older lexicon word ("lying", "steal", "stop whining"), which
# would change how "you're always lying" is read. Read only with a named identity group as
# the subject; registered in group_only.FIRST_NAMED_TERMS, so their new words ("moaning",
# "begging") stay out of the other rules' known words. No "constantly" (forum20 found it
# turned other lines on the reader).
HABITS: Final[frozenset[str]] = frozenset({
    "always complaining", "always moaning", "always begging", "always stealing",
    "always cheating", "always nagging", "always scrounging", "always causing trouble",
    "always causing problems", "always starting trouble", "always starting fights",
    "always playing the victim", "always complain", "always moan", "always beg",
    "never stop moaning", "never stop stealing", "never stop begging",
    "never stop causing trouble",
    "do is beg", "do is moan", "do is scheme",
    "nothing but moan", "nothing but beg", "nothing but scheme",
    "know how to beg", "know how to complain", "know how to whine",
    "know how to cause trouble",
})
# The older lexicon's vices (a lie, a theft, a scheme; forum20's "stop whining"), read
# here after a habit's lead ("always", "never stop", "do is", "nothing but", "know how
# to") and a named group: "muslims are always lying", "jews never stop lying", "all
# muslims ever do is lie", "immigrants only know how to steal". No line of this round
# holds them, so "you're always lying" keeps its older reading.
VICES: Final[frozenset[str]] = frozenset({
    "lie", "lies", "lying", "steal", "steals", "stealing", "cheat", "cheats", "scheming",
    "stop lying", "stop stealing",
})
# The word of a habit's lead that must be in the gap before an older vice; "is" only
# after "do" ("all they ever do is lie"), never a singular copula ("the woman is lying").
HABIT_MARKS: Final[frozenset[str]] = frozenset({"always", "stop", "but", "how"})
DO_IS: Final = "is"
# The rest of a lead, over which the gap runs: "never stop", "nothing but", "know how to".
LEADS: Final[frozenset[str]] = frozenset({"never", "nothing", "know", "how", "to", "do"})
# An inability said whole: "women can't do anything right", "refugees are incapable of
# doing anything right"; only after a denial of ability (UNABLE_WORDS) in the gap.
UNABLE: Final[frozenset[str]] = frozenset({
    "do anything right", "do anything properly", "do a single thing right",
    "doing anything right", "do anything correctly",
})
UNABLE_WORDS: Final[frozenset[str]] = frozenset({
    "cant", "cannot", "t", "never", "incapable", "unable",
})
# Between the group and the habit or the inability: "are", "all ... ever", "only", "just",
# "can't", "are incapable of". A "not" ("refugees are not always begging") is none.
GAP: Final[frozenset[str]] = frozenset({
    "are", "re", "all", "ever", "only", "just", "so", "literally", "really", "honestly",
    "seriously", "basically", "still", "simply", "do", "can", "cant", "cannot", "t",
    "never", "incapable", "unable", "of", "to",
})
GAP_REACH: Final = 5
VICE_REACH: Final = 7  # "all muslims ever do is lie", "only know how to steal"
# Older rounds' habits, read there only of a camp or the reader (forum20) or in a
# question (hatecheck12): read here of an identity group too, "women are always whining",
# "gay people never stop whining", "jews are always whining about everything".
OLDER_HABITS: Final[frozenset[str]] = f20.ONGOING | f20.BEHAVIOURS | h12.COMPLAINTS
# A plea after the habit, within PLEA_REACH tokens: "refugees are always begging for
# help", "muslims are always begging god for forgiveness" ask for mercy, not a handout.
PLEAS: Final[frozenset[str]] = frozenset({
    "help", "safety", "asylum", "mercy", "forgiveness", "god", "allah", "shelter",
    "protection", "peace",
})
PLEA_REACH: Final = 3
# Every term this round reads first; read only beside a named group.
OWN_TERMS: Final[frozenset[str]] = HABITS | UNABLE
