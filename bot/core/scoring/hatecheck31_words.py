"""Words of the hatecheck31 round (issue 8, targeting_hatecheck31.py): a named group kept
out or sent back ("keep the jews out", "send the immigrants back") and not wanted as a
neighbour ("i wouldn't want a muslim as a neighbour")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The terms (identity_attack.txt, hatecheck31), registered in group_only.FIRST_NAMED_TERMS.
KEEP: Final = "keep"
SEND: Final = "send"
NEIGHBOURS: Final[frozenset[str]] = frozenset({
    "neighbour", "neighbor", "neighbours", "neighbors",
})
OWN_TERMS: Final[frozenset[str]] = NEIGHBOURS | frozenset({KEEP, SEND})
# After "keep"/"send" and the group: "keep the jews out", "send the immigrants back".
AWAY: Final[frozenset[str]] = frozenset({"out", "away"})
BACK: Final[frozenset[str]] = frozenset({"back", "home", "away"})

# Before "keep"/"send", reaching its sentence's start: "we need to keep", "just send".
LEAD: Final[frozenset[str]] = frozenset({
    "we", "need", "to", "must", "should", "have", "gotta", "let", "s", "lets", "just",
    "please", "and", "so", "i", "say", "want", "got", "simply", "honestly", "better",
    "ought", "can", "d",
})
LEAD_REACH: Final = 5
# Between "keep"/"send" and the group: "keep the fucking immigrants out".
GROUP_GAP: Final[frozenset[str]] = frozenset({
    "the", "these", "those", "all", "every", "fucking", "damn", "bloody", "them",
})
# After "out"/"back": the clause closes or goes on with one of these.
TAILS: Final[frozenset[str]] = frozenset({
    "of", "for", "forever", "now", "please", "here", "where", "to", "permanently",
    "already", "asap", "again", "tbh", "lol", "period", "immediately",
})
# "keep the women out of it": kept from being involved, not excluded.
OF: Final = "of"
OF_NOTHING: Final[frozenset[str]] = frozenset({"it", "this", "that", "trouble", "harm"})
# A saying right after the shape: "keep the jews out, said no one sane".
SAID_REACH: Final = 2

# "i wouldn't want a GROUP as a neighbour": between "as" and the term, before the group,
# the verbs, and the writer's refusal before them (the run reaching its sentence's start).
NEIGHBOUR_GAP: Final[frozenset[str]] = frozenset({"a", "my", "our", "next", "door", "the"})
NEIGHBOUR_REACH: Final = 3
AS: Final = "as"
ONE_OF: Final[frozenset[str]] = frozenset({"a", "an", "any", "some"})
WANT_VERBS: Final[frozenset[str]] = frozenset({"want", "have", "accept", "tolerate", "like"})
REFUSALS: Final[frozenset[str]] = frozenset({
    "wouldn", "wouldnt", "never", "don", "dont", "not", "hate", "refuse", "won", "wont",
    "couldn", "couldnt",
})
REFUSAL_LEAD: Final[frozenset[str]] = REFUSALS | frozenset({
    "i", "we", "would", "t", "d", "really", "ever", "to", "definitely", "honestly",
    "just", "do", "will", "personally",
})
REFUSAL_REACH: Final = 6
WRITERS: Final[frozenset[str]] = frozenset({"i", "we"})
