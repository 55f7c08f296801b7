"""The word lists of the hatecheck10 targeting rules (issue 8): the lexicon terms they
aim and the words their shapes read, kept apart from the rules (targeting_hatecheck10.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Lexicon terms (lines under "hatecheck10") said of a named group as the clause's subject:
# the group as the source of evil, a denial of its identity, worth or humanity, a theft
# or invasion claim ("jews are the root of all evil", "muslims are not people",
# "immigrants are stealing everything", "i disabili sono scarti della società", "gli
# stranieri ci stanno rubando tutto"); "money is the root of all evil" names no group.
CLAIMS: Final = frozenset({
    "the root of all", "the root of every", "the roots of all", "the source of all",
    "the source of every", "the cause of all", "the cause of every",
    "the cause of everything", "behind all the evil", "behind all evil",
    "never real men", "never real women", "never be real men",
    "not people", "not even human", "aren't even human", "arent even human",
    "worth less than",
    "stealing everything", "stealing our", "stealing from us", "steal our",
    "robbing us", "robbing our", "rob us", "taking everything we have",
    "taking everything from us",
    "sono la radice di", "sono la causa di tutti", "sono la causa di ogni",
    "sono scarti", "sono lo scarto", "sono meno che umani",
    "non sono persone vere", "non sono veri uomini",
    "ci stanno rubando", "ci rubano tutto", "ci derubano", "ci stanno derubando",
    "ci stanno sostituendo", "ci sostituiscono", "non capiscono niente",
    "non capiscono nulla",
    "non tornano al loro paese", "non tornano a casa loro", "non se ne tornano",
})
# What "stealing our" / "steal our" / "robbing our" must name to be the theft claim:
# "immigrants are stealing our jobs", never "women are stealing our hearts".
OURS_TAKEN: Final = frozenset({"stealing our", "steal our", "robbing our"})
STOLEN: Final = frozenset({
    "jobs", "job", "country", "land", "money", "homes", "houses", "benefits", "taxes",
    "women", "daughters", "children", "kids", "culture", "identity", "future", "nation",
    "wealth", "resources", "welfare", "wages",
})
# The writer's wish opening, with a group and its death or removal after it: "I hope all
# women die", "I want every muslim out of this country"; "I hope all women get equal
# pay" wishes no harm.
WISHES: Final = frozenset({
    "hope all", "hope every", "want all", "want every", "wish all", "wish every",
})
# The Italian first person plural of removal, a group after it ("rimandiamo a casa tutti
# i neri", "cacciamo via tutti gli immigrati"); "voglio tutti" needs "fuori" or "via".
REMOVALS: Final = frozenset({
    "rimandiamo a casa", "rispediamo a casa", "rimandiamo", "rispediamo", "cacciamo via",
    "cacciamo", "buttiamo fuori", "rimandiamoli", "buttiamoli fuori",
    "voglio tutti", "vogliamo tutti",
})
# What the wished group should do or become, a few words after it.
DOOMS: Final = frozenset({
    "die", "dies", "died", "dead", "drown", "drowns", "burn", "burns", "rot", "rots",
    "disappear", "disappears", "vanish", "vanishes", "perish", "perishes", "gone", "out",
    "deported", "killed", "exterminated", "suffer", "suffers", "fuori", "via",
})
DOOM_REACH: Final = 4  # "every gay would just disappear": would, just, disappear
# Removal terms that need a "fuori"/"via" after their group ("voglio tutti gli stranieri
# fuori").
NEEDS_DOOM: Final = frozenset({"voglio tutti", "vogliamo tutti"})
# A removal term whose group follows past a comma: "rimandiamoli tutti a casa, questi
# immigrati" (the clitic stands for it).
CLITIC_REMOVALS: Final = frozenset({"rimandiamoli", "buttiamoli fuori"})
# fmt: on
GROUP_REACH: Final = 8  # tokens after a wish or removal term to its group
