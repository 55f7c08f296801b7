"""Words of the hatecheck43 round (issue 8, targeting_hatecheck43.py): a named group to be
confined, rounded up or shipped off, in phrases outside the older lines ("every muslim
should be sent to a camp", "lock up every trans person", "ship them all back, these
refugees", "round the muslims up", "we need camps for the muslims")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's lexicon lines (identity_attack.txt, hatecheck43), registered in
# group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops them.
# Calls to confine or ship off, read with a named group as their object: "lock up every
# trans person", "ship the refugees back", "round the muslims up", "haul them off".
CALLS: Final[frozenset[str]] = frozenset({"lock", "ship", "haul", "round", "cage", "intern"})
# Participles read with a named group as the subject of a modal and "be": "all trans
# people should be confined", "every single immigrant should be thrown out".
PARTICIPLES: Final[frozenset[str]] = frozenset({
    "confined", "shipped", "interned", "caged", "thrown",
})
# A place of confinement after its preposition, read after a sending word ("sent to a
# camp", "put in cages", "back in chains"); phrases, so "suffer in those camps" or "the
# camp for trans youth" hold no term.
PLACE_TERMS: Final[frozenset[str]] = frozenset({
    "to a camp", "to camps", "to the camps", "in a camp", "into camps", "into a camp",
    "to a gulag", "to the gulag", "to gulags", "in a gulag", "to an island", "on an island",
    "to a ghetto", "to the ghetto", "to ghettos", "in ghettos", "in a ghetto", "in cages",
    "in a cage", "into cages", "in chains", "in asylums", "in institutions", "in prison",
    "in jail", "to prison", "to jail",
})
# "camps for" a named group, demanded: "we need camps for the muslims".
CAMP_TERMS: Final[frozenset[str]] = frozenset({
    "camps for", "gulags for", "ghettos for", "cages for",
})
# The places' own words: "lock the refugees in cages" reads "in" after the group only
# with one of these a few words on.
PLACE_WORDS: Final[frozenset[str]] = frozenset({
    "camp", "camps", "cage", "cages", "chains", "gulag", "gulags", "ghetto", "ghettos",
    "island", "asylums", "institutions", "prison", "jail",
})
OWN_TERMS: Final[frozenset[str]] = CALLS | PARTICIPLES | PLACE_TERMS | CAMP_TERMS

# Before a call, reaching its sentence's start: "we need to lock", "just ship", "let's".
LEAD: Final[frozenset[str]] = frozenset({
    "we", "need", "to", "must", "should", "have", "gotta", "let", "s", "lets", "just",
    "please", "and", "so", "i", "say", "got", "simply", "honestly", "better", "ought",
    "can", "d", "now", "time", "its", "it", "is",
})
LEAD_REACH: Final = 5
# Words before a pause that may open the call's sentence: "honestly, lock up the gays".
OPENER_WORDS: Final = 2
# Between a call and its group: "lock up every trans person", "ship all the refugees".
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "every", "each", "single", "last", "one", "of",
    "fucking", "damn", "bloody", "up", "off", "away", "back", "out",
})
GROUP_REACH: Final = 6
# "ship them all back, these refugees": the group named after a pause, "them" before it.
THEM: Final[frozenset[str]] = frozenset({"them", "em"})
THEM_GAP: Final[frozenset[str]] = frozenset({
    "all", "up", "off", "away", "back", "out", "home", "now", "to", "where", "they", "came",
    "from",
})
APPOSITION_GAP: Final[frozenset[str]] = frozenset({"the", "these", "those", "all", "fucking"})
# A sending word a few words before a place: imperatives with the group as their object
# ("send every refugee to a camp", "put them back in chains"), participles with the group
# as the subject ("every muslim should be sent to a camp").
SENDS: Final[frozenset[str]] = frozenset({
    "send", "put", "throw", "lock", "ship", "haul", "herd", "force", "stick", "dump", "move",
    "pack",
})
SENT: Final[frozenset[str]] = frozenset({
    "sent", "put", "thrown", "locked", "shipped", "herded", "forced", "stuck", "dumped",
    "moved", "packed", "kept", "held", "placed", "confined", "interned", "rounded",
})
# Words between the sending word and the place: "sent off to detention camps", "put
# back in chains", "thrown into a gulag".
PLACE_GAP: Final[frozenset[str]] = frozenset({
    "to", "in", "into", "on", "onto", "a", "an", "the", "back", "off", "up", "away", "detention",
    "concentration", "labor", "labour", "work", "internment", "re", "education",
    "reeducation", "death", "mental", "desert",
})
PLACE_REACH: Final = 5
# Between a group subject and its participle: "every muslim [should be] sent", "trans
# people [should all be] confined", "immigrants [need to be] shipped".
DUE_GAP: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "to", "ought", "have", "has", "gotta", "be", "all",
    "just", "simply", "immediately", "get", "got",
})
DUE_REACH: Final = 5
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "ought", "have", "has", "gotta",
})
# Before the group subject, reaching its sentence's start: "every single immigrant",
# "all the gays", "the muslims".
SUBJECT_LEAD: Final[frozenset[str]] = frozenset({
    "every", "each", "single", "last", "all", "the", "these", "those", "of", "fucking",
    "and", "so", "honestly", "just", "i", "say",
})
# Before "camps for", reaching the sentence's start: "we need camps for", "build camps for".
CAMP_LEAD: Final[frozenset[str]] = LEAD | frozenset({
    "build", "open", "bring", "back", "more", "some", "the", "set", "up", "make", "want",
    "detention", "concentration", "labor", "labour", "internment", "work",
})
CAMP_GAP: Final[frozenset[str]] = frozenset({"the", "these", "those", "all", "fucking"})
CAMP_TAILS: Final[frozenset[str]] = frozenset({"now", "already", "asap", "again"})
# A denial before the call in its sentence: "nobody should lock up the gays", "no one
# should round up the jews ever again", "we shouldn't ship refugees back".
NEGATIONS: Final[frozenset[str]] = frozenset({
    "not", "never", "nobody", "noone", "no", "t", "nt", "dont", "shouldnt", "wont",
    "cant", "cannot", "stop", "against",
})
SENTENCE_REACH: Final = 16
# "every migrant", "every last refugee": a group's singular after these is the group.
EVERY: Final[frozenset[str]] = frozenset({"every", "each", "single", "last"})

# Older terms of calls to confine or drive out, read here for another's mouth: denied
# ("nobody should put gays in camps"), another's wish asked about ("is it true they want
# to deport every mexican?"), history told ("refugees were held in camps").
OLDER_CALLS: Final[frozenset[str]] = frozenset({
    "in camps", "deport every", "deport all", "round up", "round them up",
})
DENIERS: Final[frozenset[str]] = frozenset({
    "nobody", "noone", "never", "not", "t", "nt", "shouldnt", "dont", "cant", "cannot",
})
TELLERS: Final[frozenset[str]] = frozenset({
    "told", "taught", "learned", "learnt", "history", "remember", "remembering",
})
WISHES: Final[frozenset[str]] = frozenset({
    "want", "wants", "wanted", "plan", "plans", "planned", "promise", "promised",
    "promises", "trying", "tried", "tries",
})
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "i'd", "id", "d", "just", "really"})
# "refugees [were held] in camps": a past report right before the older term.
HISTORY_GAP: Final[frozenset[str]] = frozenset({
    "were", "was", "been", "held", "put", "kept", "sent", "forced", "locked", "living",
    "lived", "still", "in", "being",
})
PAST: Final[frozenset[str]] = frozenset({"were", "was", "been"})
HISTORY_REACH: Final = 3
# hatecheck22's terms of a group sent away, which it reads only with a plural subject:
# "every single immigrant should be thrown out" is read here.
OLDER_SENT_AWAY: Final[frozenset[str]] = frozenset({"be thrown out", "be kicked out"})
# After the group a call sends off, or after a participle: the clause closes or goes on
# with where to ("lock all the muslims up", "ship every migrant back home", "lock the
# refugees in cages"), never another object ("ship the mexicans their orders").
SENT_OFF: Final[frozenset[str]] = frozenset({
    "up", "back", "off", "out", "away", "home", "to", "where", "and", "now", "already",
    "asap", "forever", "for", "permanently", "immediately", "all", "together", "tbh", "lol",
})
# Camps that shelter: "build more camps for refugees" asks for shelter, not confinement.
SHELTERED: Final[frozenset[str]] = frozenset({"refugees", "refugee", "evacuees", "displaced"})
# "lock the refugees in cages": "in" after the group only with a place of confinement.
IN: Final[frozenset[str]] = frozenset({"in", "into", "inside", "onto", "on"})
# After the place: the clause closes or goes on with one of these ("put the disabled in
# institutions where they belong"), never a kindness ("to a camp with doctors").
PLACE_TAILS: Final[frozenset[str]] = frozenset({
    "where", "now", "forever", "already", "asap", "and", "immediately", "permanently",
    "lol", "tbh", "please",
})
