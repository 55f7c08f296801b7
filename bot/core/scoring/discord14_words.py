"""Words of the discord14 round (issue 8): Discord chat shapes read by
targeting_discord14.py."""

from __future__ import annotations

from typing import Final

# "go unalive", "just unalive lol": the order with no object (lexicon lines, self_harm.txt).
UNALIVE: Final[frozenset[str]] = frozenset({"go unalive", "just unalive", "should unalive"})
# "u smell", "u reek" said of the reader (insult.txt).
SMELL: Final[frozenset[str]] = frozenset({"you smell", "you reek"})
# "imagine having no friends" (insult.txt): the sneer opening, read by the noun after it.
IMAGINE_LACK: Final[frozenset[str]] = frozenset(
    {"imagine having no", "imagine having zero", "imagine not having any"}
)
# What the sneer says the reader lacks: friends, a life, a partner, a parent. Envy of a
# thing ("imagine having no lag", "no homework", "no queue times") is no sneer.
LACKS: Final[frozenset[str]] = frozenset(
    {
        "friends", "friend", "life", "gf", "girlfriend", "bf", "boyfriend", "bitches",
        "hoes", "personality", "dad", "father", "mom", "mother", "parents", "family",
        "job", "brain", "brains", "braincells", "skill", "skills", "talent", "rizz",
        "aura", "social", "dignity", "self", "respect", "taste", "maidens",
    }
)  # fmt: skip
# Right after the order or the smell: a thing named, which is killed or smelled
# ("go unalive the boss", "u smell that?", "u smell something burning").
THING_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "the", "that", "this", "those", "these", "a", "an", "all", "every", "each", "my",
        "our", "it", "something", "anything", "smoke", "gas", "food", "wave", "mobs",
        "boss", "bosses", "enemy", "enemies", "zombies", "them", "what",
    }
)  # fmt: skip
# The absent-parent jab (insult.txt: "went for milk", "left for a reason"), counted only
# of the reader's parent: "ur dad went for milk", never "my dad went for milk".
ABSENT: Final[frozenset[str]] = frozenset(
    {"went for milk", "went to get milk", "left for a reason"}
)
PARENTS: Final[frozenset[str]] = frozenset(
    {"dad", "father", "mom", "mum", "mother", "parents", "papa", "daddy", "mommy", "pops"}
)
READER_OWNERS: Final[frozenset[str]] = frozenset({"ur", "your", "yo", "youre", "u"})
# "lets mass report him" (exclusion.txt): the pile-on on a person the pronoun names.
MASS_REPORT: Final[frozenset[str]] = frozenset(
    {"mass report him", "mass report her", "mass report his"}
)
# "you fell off" (an older insult.txt line, Reddit's "your best days are gone"): a place
# fallen from after it is a fall, not the taunt ("you fell off the ledge lol").
FELL: Final[frozenset[str]] = frozenset({"you fell off"})
FELL_PLACES: Final[frozenset[str]] = frozenset(
    {
        "the", "that", "this", "a", "an", "your", "ur", "my", "his", "her", "their", "of",
        "from", "it", "map", "cliff", "bike", "ledge", "edge", "chair", "bed", "roof",
        "stage", "horse", "ladder", "wall", "building", "bridge", "platform",
    }
)  # fmt: skip
# Before "you smell": a question or a modal makes it the reader's sense, not their odour
# ("what can you smell right now?", "do you smell smoke", "could you smell it").
PERCEIVE_BEFORE: Final[frozenset[str]] = frozenset(
    {"can", "could", "cant", "cannot", "do", "did", "dont", "didnt", "will", "would", "what"}
)
# After "you smell": praise ("you smell so good", "u smell nice today"), a compliment.
SMELL_PRAISE: Final[frozenset[str]] = frozenset(
    {
        "good", "nice", "great", "amazing", "lovely", "wonderful", "sweet", "fresh",
        "delicious", "awesome", "fantastic", "yummy", "heavenly", "divine", "clean",
    }
)  # fmt: skip
SMELL_INTENSIFIERS: Final[frozenset[str]] = frozenset({"so", "soo", "really", "very", "sooo"})
