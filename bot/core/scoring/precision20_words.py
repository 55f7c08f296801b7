"""Words of the precision20 round (issue 8, targeting_precision20.py): things said to be
the problem, claims put as someone's question, a third person's dislike reported."""

from __future__ import annotations

from typing import Final

# fmt: off
# A subject that is a thing, a state of affairs or an idea, beyond olid24_words.THINGS and
# its endings: "poverty is the problem", "climate change is the real problem", "rent is
# the problem". Word endings first (few names end so), then common words the endings miss.
# Not "media" or "news": olid24 reads "the media is the problem" as a camp.
THING_ENDINGS: Final[tuple[str, ...]] = ("rty", "ety", "try", "ogy", "omy", "phy")
THINGS: Final[frozenset[str]] = frozenset({
    "rent", "rents", "wages", "prices", "bills", "change", "climate", "stress", "war",
    "wars", "covid", "virus", "sleep", "gas", "energy", "trade", "apathy",
    "hatred", "misogyny", "capital", "waste", "noise", "algorithm",
})
# Before a claim in its sentence, a question about it: "the reporter asked whether
# immigrants are to blame", "she wondered if women are the problem". Not "ask": "if you
# ask me, immigrants are the problem" is the writer's own.
ASKING: Final[frozenset[str]] = frozenset({
    "asked", "asks", "asking", "wondered", "wonders", "wondering", "whether", "chiesto",
    "chiede", "chiedeva", "chiedendo", "domandato",
})
# A third person holding the dislike, right before "can't stand" (over a few adverbs):
# "he can't stand women", "they can't stand immigrants".
HOLDERS: Final[frozenset[str]] = frozenset({"he", "she", "they"})
# A possessive and a noun holding it: "my dad can't stand ...", "her brother ...".
OWNERS: Final[frozenset[str]] = frozenset({"my", "his", "her", "their", "our", "your"})
# After "my", an exclamation, not a holder: "oh my god can't stand women".
NOT_OWNED: Final[frozenset[str]] = frozenset({"god", "gosh", "lord", "goodness", "days"})
# Right after an illness, a relative word describing what it does: "a disease that
# mostly affects gay men", "the cancer which hits black women harder".
RELATIVES: Final[frozenset[str]] = frozenset({"that", "which", "thats", "che"})
# Earlier in the sentence, people the illness may be said of: "they are a disease that
# spreads" stays aimed.
PEOPLE_BEFORE: Final[frozenset[str]] = frozenset({
    "they", "these", "those", "them", "theyre", "loro", "questi", "quelli",
})
ILLNESS_REACH: Final = 8
