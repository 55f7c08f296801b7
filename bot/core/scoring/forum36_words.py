"""Words of the forum36 round (issue 8, targeting_forum36.py): a named group demonised in
a forum post, cast as evil, satanic or demonic ("jews are the children of satan",
"muslims are demons", "the left is pure evil", "democrats are satan's minions", "the
satanic jews")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import forum4_words as fw4
from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid32_words as o32

# fmt: off
# The words of evil and of the devil this round reads (en/insult.txt terms; "demons" and
# "satanic" are this round's lines). "devil"/"satan" name the devil himself: read only as
# the head of a kinship or servant noun ("the children of satan", "satan's minions").
EVILS: Final[frozenset[str]] = frozenset({
    "evil", "demons", "demonic", "devils", "satanic", "wicked", "demon",
})
DEVILS: Final[frozenset[str]] = frozenset({"satan", "devil"})
TERMS: Final[frozenset[str]] = EVILS | DEVILS
# This round's own lexicon lines (en/insult.txt), unknown to the other rules.
OWN_TERMS: Final[frozenset[str]] = frozenset({"demons", "satanic"})
# The devil's kin and servants: "the children of satan", "satan's minions", "the spawn
# of the devil", "the synagogue of satan", "the devil's army".
KIN: Final[frozenset[str]] = frozenset({
    "children", "child", "spawn", "sons", "seed", "offspring", "minions", "servants",
    "agents", "army", "soldiers", "synagogue", "disciples", "worshippers", "worshipers",
    "slaves", "henchmen", "foot", "brood", "tools",
})
OF: Final[str] = "of"
POSSESSIVE: Final[frozenset[str]] = frozenset({"s"})  # "satan's", "the devil's"
# Between the copula and the word of evil: intensifiers and articles ("are pure evil",
# "is literally demonic", "are all devils", "are the spawn of"), no negation.
PREDICATE_RUN: Final[frozenset[str]] = frozenset({
    "pure", "purely", "truly", "literally", "just", "all", "so", "totally", "completely",
    "inherently", "simply", "utterly", "absolutely", "fucking", "the", "a", "an",
    "actual", "real", "true", "very", "really", "obviously", "clearly", "basically",
    "nothing", "but", "straight", "up",
})
PREDICATE_REACH: Final[int] = 4
# The group's copula: present only ("jews are", "the left is"); the past tells history.
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "re"})
# Political and other named groups (beside the identity cue lists): olid32's plural
# groups, and "left"/"right" only after "the"/"far" ("the left is satanic").
GROUPS: Final[frozenset[str]] = o32.GROUPS
WINGS: Final[frozenset[str]] = frozenset({"left", "right"})
WING_BEFORE: Final[frozenset[str]] = frozenset({"the", "far", "radical", "woke", "loony"})
# "the democrat party", "the labour party": a party is its people.
PARTIES: Final[frozenset[str]] = frozenset({"party"})
PARTY_NAMES: Final[frozenset[str]] = o4.SINGULAR_GROUPS | frozenset({"democratic"})
# "those people are evil incarnate": people at large only after a pointing word.
PEOPLE: Final[frozenset[str]] = frozenset({"people", "folks", "ppl"})
POINTING: Final[frozenset[str]] = frozenset({"those", "these", "them"})
# Before the attributive shape's word of evil, when it does not open its clause: a
# pointing word ("those satanic jews", "more lies from the evil jews", "all these demon
# liberals"); a bare "evil muslims" inside a clause ("sympathy to evil ...") is left.
POINTERS: Final[frozenset[str]] = frozenset({
    "the", "those", "these", "them", "all", "more", "some", "such", "every", "any",
})
# Between an evil word and its group: "devil worshipping democrats".
WORSHIPPING: Final[frozenset[str]] = frozenset({"worshipping", "worshiping", "loving"})
# The attributive shape's plural heads past the identity list: a named group's last
# word is a plural noun, never a thing of it ("evil jewish plot").
PLURAL_HEADS: Final[frozenset[str]] = frozenset({"men", "women", "people", "folks", "ppl"})
# People at large right after the word of evil are a proverb's, not a group's ("good men
# pursue freedom, evil men pursue power", "evil people exist"): forum4's generic words.
GENERIC: Final[frozenset[str]] = fw4.GENERIC
# fmt: on
