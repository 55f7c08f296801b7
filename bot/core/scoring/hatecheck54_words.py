"""Words of the hatecheck54 round (issue 8, targeting_hatecheck54.py): a named group told
by a modal that it should all vanish or die ("muslims should all rot", "immigrants must
all go")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The verbs of vanishing after "all" (this round's own lines in en/threat.txt): read only
# after a group and a modal, cancelled elsewhere ("these leftovers should all go").
VANISHING: Final[tuple[str, ...]] = (
    "rot", "go", "leave", "disappear", "vanish", "perish", "die off",
    "drop dead", "get out",
)
VANISH_TERMS: Final[frozenset[str]] = frozenset(f"all {verb}" for verb in VANISHING)
# "if all" / "if every" of the wish that a group were gone ("it would be great if all
# immigrants died"): read only after a wish and before a group and a past verb of
# vanishing.
WISH_TERMS: Final[frozenset[str]] = frozenset({"if all", "if every"})
OWN_TERMS: Final[frozenset[str]] = VANISH_TERMS | WISH_TERMS
# "go" and "leave" send a group off only closing the clause or with a tail that says
# where or when: "immigrants must all go", "refugees should all go back"; never
# "immigrants must all go through customs", "we should all leave the camp early".
LEAVING: Final[frozenset[str]] = frozenset({"all go", "all leave"})
LEAVING_TAILS: Final[frozenset[str]] = frozenset({
    "away", "back", "home", "forever", "now", "already", "soon", "immediately", "today",
})
# The modal between the group and "all", maybe with "to" or "just": "muslims should all
# rot", "refugees need to all go", "the jews can all just vanish".
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "can", "could", "will", "shall", "ought", "need", "needs", "to",
    "have", "has", "gotta", "better", "just", "really", "would",
})
MODAL_REACH: Final[int] = 3
# The wish before "if": "would be", maybe an intensifier, a word of praise.
WOULD: Final[frozenset[str]] = frozenset({"would", "d", "will"})
BE: Final[str] = "be"
PRAISE: Final[frozenset[str]] = frozenset({
    "great", "better", "nice", "good", "wonderful", "awesome", "amazing", "lovely", "best",
    "ideal", "perfect", "fantastic", "brilliant", "cool",
})
INTENSIFIERS: Final[frozenset[str]] = frozenset({"so", "much", "a", "lot", "way", "far", "really"})
INTENSIFIER_REACH: Final[int] = 2
# Between "all" and the group, and between the group and its past verb of vanishing.
GROUP_GAP: Final[frozenset[str]] = frozenset({"the", "those", "these", "of", "single", "last"})
GROUP_GAP_REACH: Final[int] = 3
VERB_GAP: Final[frozenset[str]] = frozenset({"just", "simply", "suddenly", "all", "were"})
VERB_GAP_REACH: Final[int] = 2
GONE_PAST: Final[frozenset[str]] = frozenset({
    "died", "left", "disappeared", "vanished", "perished", "rotted", "gone", "dead",
    "deported", "wiped", "exterminated", "killed",
})
# fmt: on
