"""Words of the hatecheck88 round (issue 8, targeting_hatecheck88.py): a stereotype sneer
with no copula, an opener ("typical", "classic") before one member of an identity group
and, maybe, a conduct or role noun ("typical woman driver", "classic jew move", "classic
mexican lol")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum3_words as f3
from bot.core.scoring import hatecheck39_words as h39

# fmt: off
# The members "classic" is read before: hatecheck39's members less the adjectives that
# also name a thing's style ("classic black dress", "classic jewish deli", "classic gay
# bar"), plus "feminist", which forum3's "typical" reads as a group's member too.
CLASSIC_MEMBERS: Final[frozenset[str]] = (
    h39.MEMBERS - {"jewish", "black", "gay", "islamic", "disabled", "autistic", "lesbian"}
) | {"feminist"}
# The round's lexicon lines (identity_attack.txt, hatecheck88), one per member: "classic"
# alone is too common a word to be a line of its own.
OWN_TERMS: Final[frozenset[str]] = frozenset(f"classic {m}" for m in CLASSIC_MEMBERS)
# After the member, a conduct or a role the sneer pins on the whole group: forum3's
# behaviour words and the roles of the "woman driver" stereotype and its kin.
CONDUCT: Final[frozenset[str]] = f3.BEHAVIOUR | {
    "driver", "drivers", "driving", "moment", "moments", "thing", "things", "energy",
    "habit", "habits",
}
# At most this many conduct nouns in a row after the member: "woman driver moment".
CONDUCT_REACH: Final[int] = 2
# Before the opener, a word that still lets it open the sneer ("ugh classic woman logic",
# "just typical woman drivers"); anything else ("a", "said", "saying", "call him a")
# makes it part of a longer sentence: a report, a description, a counter.
LEADS: Final[frozenset[str]] = frozenset({
    "ugh", "lol", "lmao", "omg", "smh", "just", "so", "such", "yep", "yup", "wow",
    "welp", "ah", "oh", "bruh",
})
# Chat's tails after the sneer: "classic mexican lol", "typical woman driver again".
TAILS: Final[frozenset[str]] = h39.TYPICAL_TAILS | {"lmao", "lmfao", "tbf", "fr", "ngl"}
TAIL_REACH: Final[int] = 2
# The writer naming their own membership without an article: "im chinese and ...".
SELF_LEADS: Final[frozenset[str]] = frozenset({"im", "am", "m", "as"})
# A meal in the message makes a bare "classic <member>" of CUISINES (no conduct noun after
# it) the cuisine: "what should we order? classic chinese", "takeout tonight. classic
# indian"; never "im hungry. classic woman".
CUISINES: Final[frozenset[str]] = frozenset({
    "african", "arab", "asian", "chinese", "indian", "mexican",
})
MEALS: Final[frozenset[str]] = frozenset({
    "dinner", "lunch", "breakfast", "brunch", "supper", "order", "ordering", "ordered",
    "eat", "eating", "ate", "takeout", "takeaway", "delivery", "food", "cook", "cooking",
    "cooked", "cuisine", "restaurant", "menu", "recipe", "meal", "dish", "hungry",
})
# fmt: on
