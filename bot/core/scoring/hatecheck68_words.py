"""Words of the hatecheck68 round (issue 8, targeting_hatecheck68.py): a named identity
group kept out of work, said as a rule for the whole group ("no immigrant should ever be
hired", "muslims should never be given jobs", "women should not be pilots", "gay people
shouldn't be teachers", "a woman should never be a surgeon"), or gatekeepers told to turn
the group away ("companies should refuse to hire immigrants", "no landlord should rent to
refugees")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck21_words as h21
from bot.core.scoring import hatecheck64_words as h64
from bot.core.scoring import hatecheck67_words as h67

# fmt: off
# --- This round's own lines (en/exclusion.txt): the work kept from the group, after "be".
HIRING_TERMS: Final[frozenset[str]] = frozenset({
    "be hired", "be employed", "be given a job", "be given jobs", "be given any job",
    "be given any jobs", "be given work", "be given employment", "be offered a job",
    "be offered jobs", "be offered work", "be offered employment", "be in charge",
})
# The professions, plural and singular ("be teachers", "be a teacher").
PROFESSION_TERMS: Final[frozenset[str]] = frozenset({
    "be teachers", "be a teacher", "be doctors", "be a doctor", "be nurses", "be a nurse",
    "be pilots", "be a pilot", "be surgeons", "be a surgeon", "be judges", "be a judge",
    "be police officers", "be a police officer", "be police", "be cops", "be a cop",
    "be soldiers", "be a soldier", "be engineers", "be an engineer", "be lawyers",
    "be a lawyer", "be politicians", "be a politician", "be priests", "be a priest",
    "be firefighters", "be a firefighter", "be professors", "be a professor",
    "be scientists", "be a scientist", "be ceos", "be a ceo", "be managers",
    "be a manager", "be bosses", "be a boss", "be coaches", "be a coach", "be ministers",
    "be a minister", "be in the military", "be in the army",
    "be in politics", "be in government",
})
WORK_TERMS: Final[frozenset[str]] = HIRING_TERMS | PROFESSION_TERMS
# The gatekeepers' refusal, the group after it ("landlords should refuse to rent to
# muslims", "companies should stop hiring immigrants").
REFUSAL_TERMS: Final[frozenset[str]] = frozenset({
    "refuse to hire", "refuse to employ", "refuse to rent to", "refuse to serve",
    "refuse to admit", "refuse to accept", "refuse to sell to", "stop hiring",
    "stop employing", "stop renting to", "stop serving", "stop admitting",
})
# The gatekeepers' granting, denied before it ("no landlord should rent to immigrants").
GRANT_TERMS: Final[frozenset[str]] = frozenset({"rent to"})
OWN_TERMS: Final[frozenset[str]] = WORK_TERMS | REFUSAL_TERMS | GRANT_TERMS
# --- Before "be": the modal and its negation ("should not", "shouldn't", "must never",
# "cannot"; "should ever" only after "no <member>").
MODALS: Final[frozenset[str]] = frozenset({
    "should", "shouldn", "shouldnt", "must", "mustn", "mustnt", "can", "cannot", "cant",
    "shall", "shan",
})
# A modal that denies on its own ("shouldnt be hired", "cannot be given jobs").
DENYING_MODALS: Final[frozenset[str]] = frozenset({"shouldnt", "mustnt", "cannot", "cant"})
# Between the modal and "be": "not", "never", "ever", the "t" of "shouldn't".
GAP: Final[frozenset[str]] = frozenset({"not", "never", "ever", "t", "n", "really"})
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "never", "t", "n"})
GAP_REACH: Final[int] = 2
# Before the named member: hatecheck21's "a", "an", "every", "any", "each", or "no", which
# denies on its own ("no jew should ever be a judge").
ONE_MARKS: Final[frozenset[str]] = h21.ONE_MARKS | frozenset({"no"})
NO: Final[str] = "no"
# Before the subject: hatecheck64's openers ("honestly", "trust me,").
SUBJECT_LEADS: Final[frozenset[str]] = h64.SUBJECT_LEADS
# After the work: only where or how firmly ("... here", "... in this country", "... at
# all", "... ever again", "... of anything"); a purpose or condition ("... as cheap
# labour", "... without papers", "... for their looks") leaves the shape.
TAILS: Final[frozenset[str]] = frozenset({
    "here", "anywhere", "ever", "again", "at", "all", "period", "in", "this", "our",
    "country", "anymore", "lol", "tbh", "honestly", "seriously", "ffs", "of", "anything",
    "everything", "today", "now", "either", "these", "days", "nowadays",
})
TAIL_REACH: Final[int] = 4
# Right after the work, someone's saying of it: reported or mocked ("... says the church",
# "..., said no one ever", "..., according to the minister"): hatecheck67's.
SAID_AFTER: Final[frozenset[str]] = h67.SAID_AFTER | frozenset({"according"})
SAID_REACH: Final[int] = h67.SAID_REACH
# --- The gatekeepers
# hateprobe4's `respect_denied` hits that a gatekeeper may deny ("businesses should never
# hire jews", "no school should employ gay teachers"); their older readings stand
# outside the shape.
OLDER_GRANTS: Final[frozenset[str]] = frozenset({"hire", "employ"})
# Who hires, lets, serves or admits: plural, or one after "no" ("no landlord should ...").
GATEKEEPERS: Final[frozenset[str]] = frozenset({
    "landlords", "employers", "companies", "businesses", "firms", "shops", "stores",
    "restaurants", "bars", "pubs", "clubs", "hotels", "schools", "universities",
    "colleges", "hospitals", "banks", "bosses", "managers", "recruiters", "corporations",
    "landlord", "employer", "company", "business", "firm", "shop", "store", "restaurant",
    "bar", "pub", "club", "hotel", "school", "university", "college", "hospital", "bank",
    "boss", "manager", "recruiter", "corporation",
})
# The modal a gatekeeper is told with ("should", "must", "ought to"), never "can" nor
# "will" (a report of what they do: "landlords will refuse to rent to you").
GATE_MODALS: Final[frozenset[str]] = frozenset({
    "should", "shouldn", "shouldnt", "must", "mustn", "mustnt", "ought", "shall",
})
# The writer's own refusal needs no modal ("i refuse to hire women", "we will never hire
# jews").
WRITERS: Final[frozenset[str]] = frozenset({"i", "we"})
# Between the subject and the verb: the modals, the writer's will, "all", "just", "to"
# of "ought to", and the negations.
GATE_RUN: Final[frozenset[str]] = GATE_MODALS | frozenset({
    "will", "ll", "would", "d", "all", "just", "simply", "always", "to", "never", "not",
    "t", "n", "ever",
})
GATE_RUN_REACH: Final[int] = 4
# A denial in that run: a negation, or a modal that denies on its own.
DENIALS: Final[frozenset[str]] = NEGATIONS | DENYING_MODALS
# fmt: on
