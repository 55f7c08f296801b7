"""Word lists of the italian47 round (issue 8, targeting_italian47.py): a named group as
an Italian topic set off by a comma, then a claim that does not use "essere" ("i neri,
non sanno fare niente") or "tutti uguali"; a name-call pointed at in chat ("guarda sto
sfigato")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Between the topic's comma and the claim's subject slot: quantifiers and adverbs ("le
# donne, tutte non sanno guidare", "i neri, proprio non sanno fare niente").
CLAIM_LEAD: Final[frozenset[str]] = frozenset({
    "tutti", "tutte", "proprio", "davvero", "sempre", "comunque", "ovviamente",
})
CLAIM_LEAD_REACH: Final[int] = 2
# "tutti uguali", "sempre uguali": hateprobe4's praise word read as sameness, said whole
# right after a group's topic.
SAME: Final[frozenset[str]] = frozenset({"uguali"})
ALL_SAME_LEAD: Final[frozenset[str]] = frozenset({"tutti", "tutte", "sempre"})
# Chat tails that leave a verdict said whole ("guarda sto sfigato lol").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "ahah", "ahahah", "ahahaha", "haha", "xd", "raga", "ragazzi", "zio", "bro",
    "oh", "dai",
})
TAIL_REACH: Final[int] = 2
# A verb of looking before a pointing word: the pointed one is someone in view.
LOOKS: Final[frozenset[str]] = frozenset({
    "guarda", "guardate", "guardi", "vedi", "vedete", "ecco", "mirate", "osserva",
})
# Pointing words, the chat's "sto" / "sta" / "sti" / "ste" among them.
POINTERS: Final[frozenset[str]] = frozenset({
    "sto", "sta", "sti", "ste", "questo", "questa", "questi", "queste", "quel", "quello",
    "quella", "quei", "quegli", "quelle",
})
# fmt: on
