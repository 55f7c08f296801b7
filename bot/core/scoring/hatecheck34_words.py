"""Word lists of the hatecheck34 round (targeting_hatecheck34.py): a named group equated
with a lower kind of person without "are", in the slogan's two halves ("another muslim,
another terrorist", "one more immigrant, one more criminal", "another jew means another
thief")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The lower kinds: older insult terms (insult.txt) that the older rules read as said of
# no one in the slogan; only these, so "another day, another dollar" has no hit at all.
LOWER_KINDS: Final[frozenset[str]] = frozenset({
    "terrorist", "terrorists", "criminal", "criminals", "thief", "rapist", "rapists",
    "crook", "thug", "thugs", "parasite", "parasites", "pedophile", "pedophiles",
    "scammers", "murderers",
})
# The slogan's lead, repeated before the group and before the lower kind: "another",
# "one more" (singular), "more" (plural).
LEADS: Final[tuple[tuple[str, ...], ...]] = (("another",), ("one", "more"), ("more",))
# A link word between the halves: "another muslim means another terrorist". Never "mean"
# (after "doesn't") or "is" ("another immigrant is not another criminal").
LINKS: Final[frozenset[str]] = frozenset({"means", "equals"})
# After the lower kind: the clause closes or goes on with one of these.
TAILS: Final[frozenset[str]] = frozenset({
    "every", "each", "always", "simple", "lol", "tbh", "honestly", "period", "again",
})
# fmt: on
