"""Words of the hatecheck66 round (issue 8, targeting_hatecheck66.py): a named identity
group refused any place in a country, a town or a walk of life ("there is no place for
trans people in this country", "there's no room for muslims here", "this country has no
place for immigrants"), or said to be pointless or a waste of time ("women are a waste
of time", "gays are pointless")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- This round's own lines (en/identity_attack.txt).
# The refusal: "no place for", "no room for", the group right after. Not "no space
# for": "space" as a round's own word would be unknown to forum17's "safe space".
NO_PLACE: Final[frozenset[str]] = frozenset({"no place for", "no room for"})
# The worth denied: "pointless", "a waste of time", the group opening its sentence.
WORTHLESS: Final[frozenset[str]] = frozenset({
    "pointless", "waste of time", "waste of resources", "waste of effort",
    "waste of everyone s time",
})
OWN_TERMS: Final[frozenset[str]] = NO_PLACE | WORTHLESS
# --- The refusal's opening: "there is", "there's", "there should be", "there is simply"
# (the run starts at "there" and holds a being verb), or a place that "has" no place:
# "this country has", "our society has", "britain has".
THERE: Final[str] = "there"
THERE_RUN: Final[frozenset[str]] = frozenset({
    "there", "is", "s", "should", "be", "must", "will", "ll", "would", "shall", "simply",
    "just", "absolutely", "really", "truly", "definitely", "certainly", "honestly", "now",
})
BEING: Final[frozenset[str]] = frozenset({"is", "s", "be"})
THERE_REACH: Final[int] = 5
HAS: Final[frozenset[str]] = frozenset({"has", "have", "got"})
PLACE_OWNERS: Final[frozenset[str]] = frozenset({"this", "our", "the", "my", "their"})
PLACES: Final[frozenset[str]] = frozenset({
    "country", "nation", "society", "town", "city", "village", "community", "world",
    "neighbourhood", "neighborhood", "school", "church", "party", "team", "army", "land",
    "britain", "england", "america", "europe", "france", "germany", "italy", "uk", "us",
    "usa", "australia", "canada", "ireland", "scotland", "wales",
})
# After the group the clause closes or goes on only into where or since when: "... in
# this country", "... in our society", "... here", "... anymore", "... in sport".
PLACE_TAILS: Final[frozenset[str]] = PLACES | PLACE_OWNERS | frozenset({
    "in", "here", "anymore", "any", "more", "at", "all", "whatsoever", "a", "society",
    "sport", "sports", "politics", "workplace", "office", "schools", "churches",
    "neighbourhoods", "neighborhoods", "streets", "west", "western", "civilised",
    "civilized", "modern", "lol", "tbh", "imo", "honestly", "period", "ever", "again",
    "either",
})
PLACE_TAIL_REACH: Final[int] = 4
# --- The worth denied: "<group> are [a complete] pointless | waste of time".
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "r", "re", "s", "be"})
WORTH_RUN: Final[frozenset[str]] = COPULAS | frozenset({
    "a", "an", "complete", "total", "utter", "absolute", "just", "utterly", "completely",
    "totally", "absolutely", "really", "so", "such", "literally", "basically", "all",
    "simply", "pretty", "much", "honestly", "entirely", "massive", "huge", "big",
})
WORTH_REACH: Final[int] = 5
# After the line: whom to, how much, chat's tails ("... to society", "... tbh").
WORTH_TAILS: Final[frozenset[str]] = frozenset({
    "to", "for", "anyone", "anybody", "everyone", "us", "me", "society", "this", "our",
    "the", "country", "world", "at", "all", "whatsoever", "really", "lol", "lmao", "tbh",
    "honestly", "imo", "anyway", "anyways", "period", "tho", "though",
})
WORTH_TAIL_REACH: Final[int] = 4
# fmt: on
