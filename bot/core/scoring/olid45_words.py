"""Words of the olid45 round (issue 8, targeting_olid45.py): contempt for a named person
or a political group through their traits: a name owning olid44's vice ("trump and his
arrogance", "pelosi and her lies") and the vice "of" a group ("the arrogance of liberals",
"the hypocrisy of the left", "the greed of politicians")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid43_words as o43
from bot.core.scoring import olid44_words as o44
from bot.core.scoring.forum13_words import FICTION

# fmt: off
# "and <their|his|her> lies" (en/insult.txt, "olid45"): olid44's shape for the word no
# olid44 line has; read at olid44's owner or a name. No "and your lies" (no reader here).
LIES_TERMS: Final[frozenset[str]] = frozenset(
    f"and {whose} lies" for whose in o44.THIRDS
)
# olid44's lines whose owner may be a name ("trump and his arrogance"), the reader's
# lines aside, and this round's own.
NAMED_TERMS: Final[frozenset[str]] = (o44.OWN_TERMS - o44.READER_TERMS) | LIES_TERMS
# The vices of "<vice> of" (en/insult.txt, "olid45"). Not "stupidity", "ignorance" or
# "idiocy" (older hits read them: forum22's "the idiocy of the people in this sub"), nor
# "hatred" (an older "hatred of" line: hatred aimed at them).
OF_VICES: Final[tuple[str, ...]] = (
    "hypocrisy", "arrogance", "insanity", "bigotry", "corruption", "cowardice",
    "racism", "dishonesty", "lunacy", "incompetence", "greed",
)
OF: Final[str] = "of"
OF_TERMS: Final[frozenset[str]] = frozenset(f"{vice} {OF}" for vice in OF_VICES)
# Between "of" and the owner ("the arrogance of [these] liberals").
OWNER_DETS: Final[frozenset[str]] = frozenset({"the", "these", "those", "all"})
OWNER_REACH: Final[int] = 2  # "of [all the] liberals"
# A group read after "of": olid44's own groups, olid43's political ones, and the
# political class ("the greed of politicians").
GROUPS: Final[frozenset[str]] = o44.GROUPS | o43.POLITICAL | frozenset({
    "politicians", "elites", "lawmakers",
})
# People's nouns that make a group only when pointed at ("these people", "those folks"):
# "the arrogance of people" or "of men" may be a saying about anyone.
POINTED: Final[frozenset[str]] = frozenset({"people", "folks"})
POINTERS: Final[frozenset[str]] = frozenset({"these", "those"})
# The press, after "the" ("the dishonesty of the media").
PRESS: Final[frozenset[str]] = frozenset({"media", "press", "msm"})
# A story or a topic before the vice in its sentence: told, not said of anyone ("in the
# book, gatsby and his delusions", "she wrote about the corruption of the gop").
TOLD: Final[frozenset[str]] = FICTION | frozenset({
    "about", "study", "studies", "documentary", "history", "essay", "article", "lecture",
    "course", "class", "thesis",
})
# The vice called untrue after it in its sentence ("the corruption of democrats is a myth").
UNTRUE: Final[frozenset[str]] = frozenset({"myth", "hoax", "lie", "nonsense", "untrue", "false"})
UNTRUE_REACH: Final[int] = 6  # tokens after the owner: "... is a myth pushed by fox"
WINGS: Final[frozenset[str]] = o44.WINGS
THE: Final[str] = o44.THE
# fmt: on
