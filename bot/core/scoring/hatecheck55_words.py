"""Words of the hatecheck55 round (issue 8, targeting_hatecheck55.py): calls for harm,
exclusion and threats against a named group that the older rules miss for their word
order or phrasing ("wipe them all out, the jews", "every muslim should get out", "we are
coming for the jews", "make the gays wish they were never born")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hatecheck47_words import STICK_GAP, STICK_MODALS

# fmt: off
# The group driven out, named after the call or before it ("wipe them all out, the
# jews", "the refugees, get them out"): this round's own lines (en/threat.txt), read
# only in that shape.
DRIVE_VERBS: Final[tuple[str, ...]] = ("wipe", "get", "throw", "drive", "run", "chase", "force")
DRIVEN_OUT: Final[frozenset[str]] = frozenset(
    f"{verb} them{all_} out" for verb in DRIVE_VERBS for all_ in ("", " all")
)
# Between the call and the pause before the group: "get them out of here, the refugees".
DRIVE_TAILS: Final[frozenset[str]] = frozenset({
    "of", "here", "already", "now", "for", "good", "today", "asap", "all", "right",
})
DRIVE_TAIL_REACH: Final[int] = 3
# Before the call in its clause: "just wipe them out", "let's get them all out", "we
# need to throw them out".
CALL_LEADS: Final[frozenset[str]] = frozenset({
    "just", "let", "s", "lets", "so", "now", "we", "should", "must", "need", "to",
    "gotta", "i", "say", "will", "ll", "and", "then", "time", "it", "is", "its",
})
CALL_LEAD_REACH: Final[int] = 4
# The group named after the pause: determiners before it, chat's tails after it.
GROUP_DETS: Final[frozenset[str]] = frozenset({
    "the", "those", "these", "all", "every", "last", "single", "of", "one", "each",
    "you", "fucking", "filthy", "dirty", "damn",
})
GROUP_DET_REACH: Final[int] = 4
GROUP_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "already", "now", "too", "next", "soon", "tonight", "today", "first", "all",
    "in", "this", "our", "town", "city", "country", "area", "here", "asap", "again",
})
GROUP_TAIL_REACH: Final[int] = 4
# Sent off or told to die with a quantifier or a slur for subject ("every muslim should
# get out", "each and every jew must go", "fags should all die"): this round's own lines
# for the leaving verbs no older line names, read only in that shape.
LEAVING_TERMS: Final[frozenset[str]] = frozenset({
    "must go", "should go", "to go", "to leave", "get out", "just go",
})
# The older lines the shape reads too: hatecheck23's "should leave", hatecheck54's "all
# go", "go back", and the death wishes "die", "should die", "disappear".
OLDER_TERMS: Final[frozenset[str]] = frozenset({
    "should leave", "should all leave", "should just leave", "must leave", "go back",
    "all go", "all leave", "all get out", "all rot", "all disappear", "all vanish",
    "all perish", "die", "should die", "must die", "should burn", "burn", "disappear",
    "should disappear", "need to die", "needs to die",
})
# The older lines of a modal and "all" are read too: "fags should all burn", "every
# refugee must all be deported".
ALL: Final[str] = "all"
# A leaving verb sends off only closing its clause or before a tail of where or when:
# "every immigrant must go", "every refugee must go back"; never "every refugee must go
# through registration".
LEAVING_WORDS: Final[frozenset[str]] = frozenset({"go", "leave", "out"})
LEAVING_TAILS: Final[frozenset[str]] = frozenset({
    "away", "back", "home", "forever", "now", "already", "soon", "immediately", "today",
    "asap", "too", "lol",
})
LEAVING_TAIL_REACH: Final[int] = 2
# The modal between the subject and the verb ("must", "needs to", "should all just"):
# one of MODAL_WORDS among them. hatecheck47's modals ("women should stick to ...") and
# its run less "only", with "got" ("got to go"), "simply" and "can" ("can all leave").
MODAL_WORDS: Final[frozenset[str]] = STICK_MODALS | {"got"}
MODAL_RUN: Final[frozenset[str]] = (STICK_GAP - {"only"}) | MODAL_WORDS | {"simply", "can"}
MODAL_REACH: Final[int] = 4
# Before the subject: "every (single) muslim", "each and every jew", "every one of the
# refugees", "all the gays".
QUANTIFIERS: Final[frozenset[str]] = frozenset({
    "every", "each", "and", "single", "last", "one", "of", "all", "the", "those", "these",
    "fucking", "damn", "filthy", "dirty",
})
QUANTIFIER_REACH: Final[int] = 5
# A pronoun subject under a quantifier, the group named after the call: "every one of
# them should leave, the immigrants".
THEM: Final[str] = "them"
# Plural slurs read as a group only as the subject of these calls: "fags" is also
# cigarettes, so the older rules leave it unaimed ("my fags are all gone").
SLUR_SUBJECTS: Final[frozenset[str]] = frozenset({
    "fags", "faggots", "fagz", "trannies", "kikes", "dykes", "niggers", "spics",
    "chinks", "ragheads", "towelheads", "wetbacks", "retards", "sandniggers", "kykes",
})
# Menace as a plan: "we are coming for the jews", "we will find every gay", "we know
# where the refugees live", "watch your backs, immigrants", "muslims better watch out".
COMING_TERMS: Final[frozenset[str]] = frozenset({"coming for", "will find", "ll find"})
KNOW_TERMS: Final[frozenset[str]] = frozenset({"know where"})
BACKS_TERMS: Final[frozenset[str]] = frozenset({"watch your backs"})
WATCH_TERMS: Final[frozenset[str]] = frozenset({"better watch out"})
# Where a group is found after "we know where": "... the jews live"; after "i know
# where" only where it sleeps ("i know where the gays hang out" may praise a bar).
WE: Final[str] = "we"
HOMES: Final[frozenset[str]] = frozenset({"live", "lives", "sleep", "sleeps"})
HAUNTS: Final[frozenset[str]] = frozenset({
    "live", "lives", "sleep", "sleeps", "hang", "hangs", "pray", "prays", "work", "works",
    "meet", "meets", "gather", "gathers", "stay", "stays", "hide", "hides", "shop",
})
# Suffering wished through "make": "make the gays wish they were never born".
# The lines hold no "wish they had": "had" would become a word the other rules know
# ("have you ever had a pig?"); the wish before them is read by the rule.
NEVER_BORN: Final[frozenset[str]] = frozenset({
    "were never born", "never been born", "never existed",
})
WISHING: Final[frozenset[str]] = frozenset({"they", "had", "d"})
WISH: Final[str] = "wish"
WISH_REACH: Final[int] = 2
OWN_TERMS: Final[frozenset[str]] = (
    DRIVEN_OUT | LEAVING_TERMS | COMING_TERMS | KNOW_TERMS | BACKS_TERMS | WATCH_TERMS
    | NEVER_BORN
)
# The two-word leaving lines give way to an older line of their length they overlap
# (matching._YIELDING): "must go back" keeps "go back".
YIELDING: Final[frozenset[str]] = LEAVING_TERMS
# fmt: on
