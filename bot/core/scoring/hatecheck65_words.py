"""Words of the hatecheck65 round (issue 8, targeting_hatecheck65.py): a named identity
group said to be of no use or worth to anyone in plain words ("disabled people are no use
to anyone", "women are of no value", "muslims serve no purpose", "immigrants add nothing
to this country", "trans people have nothing to offer")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- This round's own lines (en/identity_attack.txt), each with the verbs its subject
# needs before it: "are (of) no use", "are of no value", "serve no purpose".
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "r", "re", "s", "be"})
SERVE: Final[frozenset[str]] = frozenset({"serve", "serves"})
GIVE: Final[frozenset[str]] = frozenset({
    "bring", "brings", "add", "adds", "offer", "offers", "provide", "provides",
})
HAVE: Final[frozenset[str]] = frozenset({"have", "has", "got"})
NO_USE: Final[str] = "no use"
NO_WORTH: Final[frozenset[str]] = frozenset({"no value", "no benefit"})
NO_PURPOSE: Final[frozenset[str]] = frozenset({
    "no purpose", "no useful purpose", "no real purpose",
})
# The verbs each line needs in the run before it.
NEEDS: Final[dict[str, frozenset[str]]] = {
    NO_USE: COPULAS,
    **dict.fromkeys(NO_WORTH, COPULAS | GIVE),
    **dict.fromkeys(NO_PURPOSE, SERVE),
}
OWN_TERMS: Final[frozenset[str]] = frozenset(NEEDS)
# --- The older "nothing" line, read right after a giving verb ("add nothing", "bring
# nothing of value") or after "have" with "to offer" right after it ("have nothing to
# offer"); out of this shape it keeps its older reading ("bring nothing but trouble").
NOTHING: Final[str] = "nothing"
TO_OFFER: Final[tuple[str, str]] = ("to", "offer")
# Between the group and the line: its verb, "of" ("are of no use") and hedges ("are
# really of no use", "simply add nothing", "all serve no purpose").
SUBJECT_RUN: Final[frozenset[str]] = COPULAS | SERVE | GIVE | HAVE | frozenset({
    "of", "just", "really", "simply", "truly", "literally", "basically", "all",
    "totally", "completely", "absolutely", "honestly", "pretty", "much", "will",
    "ll", "would",
})
SUBJECT_REACH: Final[int] = 4
# After the line the clause closes or goes on only into whom it is of no use to, how
# much, or where: "... to anyone", "... to this country", "... of value", "... at all",
# "... whatsoever", "... in society", "... to the table".
TAILS: Final[frozenset[str]] = frozenset({
    "to", "for", "anyone", "anybody", "everyone", "us", "society", "this", "that", "our",
    "their", "the", "a", "country", "nation", "world", "west", "uk", "europe",
    "humanity", "mankind", "civilisation", "civilization", "table", "of", "value",
    "worth", "any", "kind", "at", "all", "whatsoever", "in", "here", "real", "really",
    "lol", "lmao", "tbh", "honestly", "imo", "anymore", "either",
})
TAIL_REACH: Final[int] = 4
# fmt: on
