"""Words of the hatecheck75 round (issue 8, targeting_hatecheck75.py): death wished on a
named group by the writer, the group named in the wish ("i want the jews dead", "i hope
the muslims all burn", hatecheck76's "i hope the refugees all die"), named first and
meant by a pronoun ("muslims? i hope they all burn") or named last after the pronoun's
clause ("let them all drown, those refugees")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck55_words as h55

# fmt: off
# --- The death wished: the last word of a hit the lexicon already makes ("dead", "burn",
# "drown", "rot", "them rot", "all rot"; hatecheck76's "die": discord36's bare "die"
# self-harm line, "them die", "just die"); no lexicon line of these rounds.
DEATHS: Final[frozenset[str]] = frozenset({"dead", "burn", "drown", "rot", "die"})
# --- Between the group (or its pronoun) and the death: "i wish the jews were all dead".
LINKS: Final[frozenset[str]] = frozenset({"all", "were", "was", "would", "just", "to"})
LINK_REACH: Final[int] = 3  # "were all just"
# --- After the death, before its clause closes: "i hope they burn alive", "... asap".
TAILS: Final[frozenset[str]] = frozenset({
    "alive", "asap", "now", "already", "all", "forever", "today", "tonight", "soon",
    "slowly", "honestly", "tbh", "fr", "irl",
})
TAIL_REACH: Final[int] = 2
# --- The group's determiners before it ("the", "those", "all the", "every single").
GROUP_DETS: Final[frozenset[str]] = h55.GROUP_DETS
GROUP_DET_REACH: Final[int] = h55.GROUP_DET_REACH
# --- The pronoun that takes up a group named before or after its clause.
PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them", "em"})
# --- The wish: the writer's "want", "hope", "wish" (never "wants" or "wanted": someone
# else's, or history) or the order "let"; adverbs between the writer and the wish.
WISHES: Final[frozenset[str]] = frozenset({"want", "hope", "wish"})
LET: Final[frozenset[str]] = frozenset({"let"})
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "id"})
WISH_ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "just", "honestly", "truly", "so", "sincerely", "do", "genuinely",
})
ADVERB_REACH: Final[int] = 2  # "i really just want"
LET_LEADS: Final[frozenset[str]] = frozenset({"just", "so", "then", "ok", "okay", "honestly"})
LET_REACH: Final[int] = 2  # "so just let them burn"
# --- The group named last, after the pronoun's clause: a fragment of determiners and the
# group closing the message, maybe over an afterthought ("the immigrants i mean").
AFTERTHOUGHT: Final[frozenset[str]] = frozenset({"i", "mean", "obviously", "ofc"})
AFTERTHOUGHT_REACH: Final[int] = 2
# fmt: on
