"""Words of the hatecheck79 round (issue 8, targeting_hatecheck79.py): violence called for
against a nation named by its bare adjective, used as a plural group noun right after the
harm verb ("kill the japanese", "we should shoot the french", "someone needs to hang the
irish")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck70_words as h70
from bot.core.scoring import hatecheck73_words as h73

# fmt: off
# --- The harm verb, a word of the hit: hatecheck70's `group_harm` verbs and the killing
# words older lines already hit ("kill", "murder", "gas", "exterminate"); less sport's
# verbs, said of a nation's team ("we need to beat the french", "smash the dutch").
SPORT_VERBS: Final[frozenset[str]] = frozenset({"beat", "smash", "kick", "hunt", "slap"})
VERBS: Final[frozenset[str]] = (h70.VERBS - SPORT_VERBS) | frozenset({
    "kill", "murder", "gas", "exterminate", "slaughter",
})
# --- The nation's adjective standing for its people ("the japanese", "the swiss"): only
# adjectives that are no language's everyday noun after "the" in chat ("english",
# "spanish" and "polish" are left out: "kill the english accent", "polish the car").
NATIONS: Final[frozenset[str]] = frozenset({
    "japanese", "chinese", "vietnamese", "taiwanese", "burmese", "nepalese", "lebanese",
    "sudanese", "congolese", "senegalese", "togolese", "maltese", "portuguese", "swiss",
    "french", "dutch", "irish", "british", "scottish", "welsh", "danish", "finnish",
    "swedish", "turkish", "somali", "afghan", "kurdish", "pakistani", "bangladeshi",
})
# --- Between the verb and the nation: the determiner run ("the", "all the", "the
# fucking"); a bare adjective needs "the" ("kill japanese" names no people).
THE: Final[str] = "the"
OBJECT_SKIP: Final[frozenset[str]] = frozenset({
    "the", "all", "of", "fucking", "fuckin", "damn", "dirty", "bloody", "down", "up",
})
OBJECT_REACH: Final[int] = 4  # "all of the fucking"
# --- After the nation, before its clause closes: hatecheck70's tails ("already", "now",
# "all of them"), or the next clause ("and ...", "then ..."); a noun after it leaves the
# shape ("the japanese tank", "the french sniper").
TAILS: Final[frozenset[str]] = h70.TAILS | frozenset({"of", "them", "good", "for", "last"})
TAIL_REACH: Final[int] = h70.TAIL_REACH
JOINS: Final[frozenset[str]] = h70.JOINS
# --- Before the verb, back to its sentence's start: hatecheck73's order words ("just",
# "lets", "somebody pls") and "time to".
ORDER_LEADS: Final[frozenset[str]] = h73.ORDER_LEADS | frozenset({"time", "to"})
# fmt: on
