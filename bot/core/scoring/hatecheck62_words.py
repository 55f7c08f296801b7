"""Words of the hatecheck62 round (issue 8, targeting_hatecheck62.py): a named identity
group denied rights or worth in a rhetorical question ("why are muslims even allowed to
vote?", "why should trans people have any rights?", "what good are immigrants anyway?")
or promised a comeuppance ("the jews will get what they deserve", "one day the
immigrants will pay")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck22_words as h22
from bot.core.scoring import hatecheck55_words as h55

# fmt: off
# The older lines the question reads: "allowed" and "rights" (exclusion, identity
# attack), and "good" (an insult line) in "what good are ...".
ALLOWED: Final[str] = "allowed"
RIGHTS: Final[str] = "rights"
GOOD: Final[str] = "good"
ASKED_TERMS: Final[frozenset[str]] = frozenset({ALLOWED, RIGHTS, GOOD})
# Between the group and "allowed"/"rights": "... even allowed", "... should have any
# rights", "... even be allowed", "... even get rights".
ASKED_RUN: Final[frozenset[str]] = frozenset({
    "even", "still", "ever", "really", "actually", "be", "have", "get", "any", "deserve",
    "deserves", "need",
})
ASKED_RUN_REACH: Final[int] = 4
# A rhetorical mark in that run or right after: "even", "any", "... at all", "... anyway".
# Without one the question may be asked for real ("why are immigrants allowed to vote in
# local elections?").
RHETORICAL: Final[frozenset[str]] = frozenset({"even", "any"})
RHETORICAL_AFTER: Final[frozenset[str]] = frozenset({"anyway", "anyways", "all"})
RHETORICAL_REACH: Final[int] = 6  # "... allowed to vote anyway", "... rights at all"
# "what" right before "good", then the copula before the group.
WHAT: Final[frozenset[str]] = frozenset({"what", "wat", "wut"})
WORTH_COPULAS: Final[frozenset[str]] = frozenset({"are", "r", "is"})
# After the group the worth question closes or goes on only into these: "... anyway",
# "... to anyone", "... to this country"; never "what good are vaccines if ...".
WORTH_TAILS: Final[frozenset[str]] = frozenset({
    "anyway", "anyways", "even", "really", "honestly", "to", "for", "anyone", "anybody",
    "us", "society", "this", "country", "the", "world", "lol", "tbh", "seriously",
})
WORTH_TAIL_REACH: Final[int] = 3
# The older lines the comeuppance reads: "pay", "regret it" (threats) and "deserve" (an
# identity attack) after "get what they".
PAY: Final[frozenset[str]] = frozenset({"pay", "regret it"})
DESERVE: Final[str] = "deserve"
GET_WHAT: Final[tuple[str, ...]] = ("get", "what", "they")
COMEUPPANCE_TERMS: Final[frozenset[str]] = PAY | frozenset({DESERVE})
TERMS: Final[frozenset[str]] = ASKED_TERMS | COMEUPPANCE_TERMS
# A future run between the group and its comeuppance, holding one FUTURE word: "will",
# "are gonna", "are going to", "will all soon".
FUTURE: Final[frozenset[str]] = frozenset({"will", "ll", "gonna", "going", "shall"})
FUTURE_RUN: Final[frozenset[str]] = FUTURE | frozenset({
    "are", "r", "is", "to", "all", "soon", "finally", "eventually", "surely", "definitely",
    "certainly", "one", "day", "someday", "also", "too",
})
FUTURE_REACH: Final[int] = 5
# Before the group: openers, quantifiers and a time ("one day the immigrants will pay", "soon
# the jews will pay").
SUBJECT_LEADS: Final[frozenset[str]] = h22.OPENERS | h55.QUANTIFIERS | frozenset({
    "day", "someday", "soon", "eventually", "then", "sooner", "or", "later", "trust", "me",
    "mark", "my", "words", "believe",
})
# After the comeuppance the sentence ends (a stop or the message's end, never a colon or
# a comma going on: "women will get what they deserve: equal pay"), maybe past a time
# or what is paid for ("... will pay dearly", "... will pay for this one day").
PAY_TAILS: Final[frozenset[str]] = frozenset({
    "for", "it", "this", "that", "everything", "dearly", "soon", "one", "day", "someday",
    "eventually", "in", "the", "end", "big", "time", "enough", "trust", "me", "lol",
    "finally", "too", "all",
})
PAY_TAIL_REACH: Final[int] = 4
# fmt: on
