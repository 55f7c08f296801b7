"""Words of the insults25 round (issue 8, targeting_insults25.py): a line that opens with
a bare list of name-calls and then reports them as names someone heard, was called or
hands out ("moron, idiot, freak, i have heard them all", "loser, freak, weirdo, that is
what they called me in school", "troll, shill, bot, call me whatever you want")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Between the list's members: "and", "or" (a comma is no token).
JOINERS: Final[frozenset[str]] = frozenset({"and", "or", "n", "nor", "also"})
LIST_REACH: Final[int] = 8  # list members and joiners read on each side of the hit
LIST_MIN: Final[int] = 2  # members a list needs: one bare word may be a vocative
REPORT_REACH: Final[int] = 10  # the clause after the list read for the report
# Verbs of calling or saying: the names given by someone. Given to the reader right
# after ("everyone calls you that", "i called you that") or by the writer to another
# ("i call him all three"), the list stays aimed.
CALLING: Final[frozenset[str]] = frozenset({
    "call", "calls", "called", "calling", "said", "say", "says", "saying", "yelled",
    "yell", "yells", "shouted", "shout", "chanted", "told", "tell", "screamed", "accused",
    "labelled", "labeled", "gave",
})
# Verbs of hearing: the names heard by the writer or someone.
HEARING: Final[frozenset[str]] = frozenset({"heard", "hear", "hears", "hearing"})
# Nouns that name the list as names or words ("the usual names", "my old nicknames",
# "people love those words"); given to someone right after ("names for you", "words that
# describe you"), the list stays aimed (precision21_words.AIMED_AFTER).
NAME_NOUNS: Final[frozenset[str]] = frozenset({
    "names", "nicknames", "nickname", "words", "labels", "label", "insults", "slurs",
    "terms",
})
# The reader: before the report in the clause ("you have been called worse") or right
# after a calling or hearing verb ("everyone calls you that"), the list is the reader's.
READER: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "yall", "ye", "ur", "your", "youre", "yourself", "yourselves",
})
# Later in the clause, the reader after one of these is whom the names are about: "what
# everyone says about you", "the names they use for people like you".
TO_READER: Final[frozenset[str]] = frozenset({"like", "about", "for", "to", "at", "with"})
OBJECT_REACH: Final[int] = 2  # tokens after a verb read for the one it calls ("said to you")
# The writer as the caller ("i call him all three", "we called her that"), unless the
# verb is passive ("i have been called", "i got called", "i was accused") or the writer
# calls themself ("i used to call myself that").
WRITER: Final[frozenset[str]] = frozenset({"i", "we", "ive", "im", "ill", "id", "weve"})
PASSIVE: Final[frozenset[str]] = frozenset({
    "been", "was", "were", "got", "get", "gets", "getting", "am", "is", "are", "be",
})
SELF: Final[frozenset[str]] = frozenset({"me", "myself", "us", "ourselves"})
SUBJECT_REACH: Final[int] = 4  # tokens before a calling verb read for the writer
# Before a list inside its sentence, the words that open it as a list of names
# mentioned: "as well as moron, idiot, freak", "such as troll, shill", "including liar".
OPENERS: Final[frozenset[str]] = frozenset({"including", "incl", "namely"})
OPENER_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({("well", "as"), ("such", "as")})
