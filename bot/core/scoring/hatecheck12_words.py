"""Word lists for the twelfth HateCheck-style round (issue 8, targeting_hatecheck12.py)."""

from __future__ import annotations

from typing import Final

# Names kept only when said of a group: "every muslim is a terrorist" is hate, "the
# attacker was a terrorist" is news and "my kids always complain about everything" a
# grumble.
# The complaints may be said of a plural group ("why do women always complain ..."); the
# names only of "every"/"each"/"any" member ("every muslim is a terrorist"), never of a
# plural before them ("muslims terrorist rajjak ..." names a man).
COMPLAINTS: Final[frozenset[str]] = frozenset(
    {
        "always complain about everything",
        "always complaining about everything",
        "always whine about everything",
        "always whining about everything",
        "always complain so much",
        "always whine so much",
    }
)
GROUP_ONLY: Final[frozenset[str]] = COMPLAINTS | {"terrorist", "potential terrorist"}
# Words between a singular group subject and the hit: "a refugee can never be trusted",
# "every refugee deserves to be shot".
SUBJECT_GAP: Final[frozenset[str]] = frozenset(
    {
        "can",
        "could",
        "will",
        "would",
        "should",
        "must",
        "never",
        "always",
        "ever",
        "just",
        "all",
        "deserves",
        "to",
        "ought",
        "needs",
        "really",
        "simply",
        "is",
        "a",
        "an",
        "need",
    }
)
# What a hit may open with for "nobody" before it to deny it.
MODAL_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "deserve",
        "deserves",
        "should",
        "must",
        "can",
        "will",
    }
)
NOBODY_SUBJECTS: Final[frozenset[str]] = frozenset({"nobody", "noone"})

GAP_REACH: Final = 4
# Determiners that make a singular noun the whole group; "no refugee should drown" and
# "the refugee" are not in it.
EVERY: Final[frozenset[str]] = frozenset({"a", "an", "every", "any", "each"})
# Before a group the older rules already read ("muslim", "old folks"): "an old folks
# home" is a place, so "a"/"an" do not count there.
EACH: Final[frozenset[str]] = frozenset({"every", "any", "each"})
# A denial before the subject: "nobody deserves to be murdered for being gay".
NOBODY: Final[frozenset[str]] = frozenset({"nobody", "noone", "no", "not"})
# How far after the hit a singular group may open a clause of its own: "never trust a
# migrant, they all lie".
IDIOM_REACH: Final = 3
# "gays are sick and should be cured": how far back from "and" the copula may stand.
PLURAL_COPULAS: Final[frozenset[str]] = frozenset({"are", "r"})
CLAIM_REACH: Final = 4
# A claim held up, not made: "the idea that ...", "the myth that ...".
FRAMES: Final[frozenset[str]] = frozenset(
    {
        "idea",
        "myth",
        "claim",
        "notion",
        "lie",
        "belief",
        "stereotype",
    }
)
FRAME_REACH: Final = 12
JOINED_MODALS: Final[frozenset[str]] = frozenset(
    {"should", "must", "need", "needs", "ought", "deserve", "deserves"}
)
