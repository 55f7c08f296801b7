"""Word lists of the italian49 round (issue 8, targeting_italian49.py): a third person put
down under a personal pronoun, and silence wished on a group sent back to the home."""

from __future__ import annotations

from typing import Final

# fmt: off
# Personal pronouns that name a third person as the subject of a put-down: "lui non
# capisce un cazzo", "lei non sa fare niente" (italian48 read only pointing subjects);
# never "questo", which italian48 keeps for things ("questo non sa fare niente").
PERSONS: Final[frozenset[str]] = frozenset({"lui", "lei"})
# Tails that keep the claim said whole: chat's tails and "di niente" ("non capisce un
# cazzo di niente"); never "di calcio" or "di male", which narrow it.
PERSON_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "ahah", "haha", "xd", "raga", "bro", "oh", "dai", "punto", "davvero", "proprio",
    "mai", "di", "niente", "nulla", "ormai", "eh",
})
PERSON_TAIL_REACH: Final[int] = 3
# The home a silenced group is sent back to, after "zitte e": "in cucina", "a casa", "a
# lavare i piatti", "ai fornelli", "a stirare".
HOME: Final[frozenset[str]] = frozenset({
    "cucina", "casa", "fornelli", "lavare", "stirare", "cucinare", "pulire", "piatti",
})
HOME_LEAD: Final[frozenset[str]] = frozenset({"e", "in", "a", "ai", "al", "alla"})
HOME_LEAD_REACH: Final[int] = 3
# fmt: on
