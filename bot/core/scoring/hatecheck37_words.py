"""Word lists of the hatecheck37 round (targeting_hatecheck37.py): a member's place or
success called undeserved because of their identity group ("she only got the job because
she's black", "he's only here because of diversity quotas", "another diversity hire")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.lexicon import Entry

# fmt: off
# The group shape's anchor (identity_attack.txt, hatecheck37), registered in
# group_only.FIRST_NAMED_TERMS: read only in a message naming a group, and only in the
# shape "only ... because she's GROUP".
ONLY: Final = "only"
GROUP_TERMS: Final[frozenset[str]] = frozenset({ONLY})
DIVERSITY: Final = "diversity"
# The reasons that stand for a group without naming one ("because of diversity quotas",
# "to fill a quota", "because of her race"), read only in the same shape.
REASONS: Final[frozenset[str]] = frozenset({
    DIVERSITY, "quota", "quotas", "affirmative action", "her race", "his race",
    "their race", "her skin", "his skin", "her skin color", "his skin color",
    "her skin colour", "his skin colour", "her gender", "his gender",
})
# A member called a hire for their group ("another diversity hire", "he's a dei hire").
HIRES: Final[frozenset[str]] = frozenset({
    "diversity hire", "diversity hires", "dei hire", "dei hires", "affirmative action hire",
    "affirmative action hires", "quota hire", "quota hires",
})
# The words of the success or place called undeserved, between "only" and "because":
# "only got the job", "only here", "only let her in", "the only reason he got hired".
# "got" alone is no success ("he only got stopped because he's black" tells of a harm).
SUCCESS: Final[frozenset[str]] = frozenset({
    "hired", "hire", "promoted", "won", "win", "wins",
    "let", "lets", "accepted", "admitted", "here", "there", "elected", "chosen", "picked",
    "made", "makes", "passed", "cast", "selected", "nominated", "given", "offered",
    "employed", "job", "role", "position", "spot", "scholarship", "award", "grant", "gig",
    "internship", "part", "lead", "seat", "charge", "board", "team", "promotion", "in",
    "into", "on", "famous", "signed", "recruited", "appointed", "allowed", "works", "work",
    "working", "passes", "popular", "successful", "relevant", "rich", "praised", "ceo",
    "boss", "manager", "captain", "president", "director", "head", "coach", "star",
    "champion", "mayor", "senator", "mvp", "host", "professor", "doctor", "editor",
})
# "only because" after the success: "she got the job only because she's black".
SUCCESS_BACK_REACH: Final = 6
# A harm between "only" and "because": the member wronged, not favoured ("she only got
# bullied because she's muslim", "he only got in trouble because he's black").
HARMS: Final[frozenset[str]] = frozenset({
    "bullied", "attacked", "hate", "hated", "stopped", "beaten", "beat", "fired", "banned",
    "kicked", "arrested", "shot", "killed", "harassed", "targeted", "rejected", "denied",
    "ignored", "mocked", "teased", "insulted", "judged", "discriminated", "profiled",
    "searched", "pulled", "deported", "excluded", "trouble", "abuse", "abused", "hurt",
    "jailed", "detained", "suspended", "blamed", "accused", "followed", "flak", "shit",
    "crap", "backlash", "threats", "threatened", "assaulted", "robbed", "called", "cancelled",
    "canceled", "criticized", "criticised", "slurs", "looks", "stared", "laughed", "fun",
    "singled",
})
# "picked on" is a harm, "picked" alone a success.
PICKED: Final = "picked"
ON: Final = "on"
ONLY_REACH: Final = 9
# "because" as chat writes it; "because of" before a reason.
BECAUSE: Final[frozenset[str]] = frozenset({
    "because", "cause", "cuz", "coz", "cos", "bc", "bcuz", "becuz", "bcoz", "becaus",
    "bcos", "since",
})
OF: Final = "of"
# "to fill a quota", "to meet a diversity quota", "to tick a diversity box".
FILLS: Final[frozenset[str]] = frozenset({
    "fill", "meet", "tick", "hit", "satisfy", "check", "fulfill", "fulfil", "reach",
})
TO: Final = "to"
# Between "of" or the filling verb and the reason: "because of the diversity quota".
REASON_GAP: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "some", "their", "her", "his", "those", "these", "diversity", "dumb",
    "stupid", "fucking", "damn",
})
REASON_REACH: Final = 3
# "diversity" itself needs a box or a target after it ("to tick a diversity box"):
# "because of diversity" alone is no claim of an undeserved place, and "diversity quotas"
# is read at "quotas".
DIVERSITY_AFTER: Final[frozenset[str]] = frozenset({
    "quota", "quotas", "box", "boxes", "points", "requirement", "requirements", "target",
    "targets", "reasons", "hiring",
})
# After "because": the member and their copula ("she's", "he is", "they're"), or the
# reader ("you only got the job because you're black").
PRONOUNS: Final[frozenset[str]] = frozenset({"she", "he", "they", "you", "u", "ya"})
PRONOUN_ONE: Final[frozenset[str]] = frozenset({"shes", "hes", "theyre", "youre", "ur", "ure"})
COPULAS: Final[frozenset[str]] = frozenset({"s", "is", "re", "are", "was", "were", "r"})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
# Words that may follow the group and still close the claim: "because she's black lol",
# "because he's gay and that's it", "because she's a woman not because she's good".
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "smh", "and", "not", "tbh", "ngl", "fr", "obviously", "period",
    "thats", "that", "tho", "though", "nothing", "end", "lets", "let", "everyone", "we",
    "honestly", "ofc", "clearly",
})
# The writer's own luck: "i only got the job because ...", "we only won because ...".
SELF: Final[frozenset[str]] = frozenset({"i", "im", "we", "me", "ive", "us"})
# Before a hire: denied or named as a claim ("she's not a diversity hire", "no such
# thing as a diversity hire", "stop calling people dei hires").
HIRE_DENIALS: Final[frozenset[str]] = frozenset({
    "not", "t", "no", "nobody", "never", "isnt", "arent", "wasnt", "aint", "nor",
    "calling", "call", "called", "calls", "label", "labeling", "labelling",
})
HIRE_REACH: Final = 6
# After a hire: the claim judged ("diversity hires are a myth", "the diversity hire
# thing is racist", "calling her a dei hire is racist").
HIRE_JUDGED: Final[frozenset[str]] = frozenset({
    "myth", "myths", "racist", "sexist", "fake", "lie", "lies", "nonsense", "bs", "bullshit",
    "thing", "label", "trope", "narrative", "argument", "talk", "discourse", "claim",
    "claims", "stuff", "rhetoric", "dogwhistle", "slur", "insult", "gross", "false",
    "untrue", "wrong",
})
HIRE_JUDGED_REACH: Final = 5
# The writer calling themself one: "i was a diversity hire lol", "im literally a dei
# hire" (over these words back to "i" or "im" and its copula).
HIRE_LEAD: Final[frozenset[str]] = frozenset({
    "a", "an", "just", "literally", "basically", "probably", "technically", "the", "token",
    "total", "such", "kinda", "lowkey",
})
HIRE_LEAD_REACH: Final = 3
SELF_COPULAS: Final[frozenset[str]] = frozenset({"was", "am", "m"})
# fmt: on

OWN_TERMS: Final[frozenset[str]] = REASONS | HIRES


def without_stray_only(
    candidates: list[tuple[int, int, Entry]], tokens: list[str]
) -> list[tuple[int, int, Entry]]:
    """The scorer's candidates less an "only" with no "because" within reach after it
    ("the only muslim in my class", "you're the only son of a bitch with class in this
    lobby"): dropped before any rule, it leaves the message's reading (its target, its
    explanation) as it was before the round."""
    return [
        c
        for c in candidates
        if c[2].term != ONLY or not BECAUSE.isdisjoint(tokens[c[0] + 1 : c[0] + 1 + ONLY_REACH])
    ]
