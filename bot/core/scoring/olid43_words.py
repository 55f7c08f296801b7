"""Words of the olid43 round (issue 8, targeting_olid43.py): a person's mind or brain
belittled by an adjective, said of its owner ("such a feeble mind you have", "your tiny
brain can't handle facts", "his pea brain", "you are so small minded", "those small
minded people")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid4_words as o4
from bot.core.scoring import olid42_words as o42

# fmt: off
# The lexicon's lines this round reads (en/insult.txt, "olid43"), cancelled outside its
# shapes: a belittling adjective and a mind or a brain.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "tiny brain", "tiny brains", "small brain", "small brains", "little brain",
    "puny brain", "puny brains", "pea brain", "pea brains", "feeble mind", "feeble minds",
    "weak mind", "weak minds", "small mind", "small minds", "simple mind", "puny mind",
    "small minded", "feeble minded",
})
# The terms that are adjectives of a person, said before a person's noun ("that small
# minded woman", "small minded liberals").
MINDED: Final[frozenset[str]] = frozenset({"small minded", "feeble minded"})
# Between the owner and the term: "your [tiny] little brain", "you have [such a] small
# mind", "you are [so very] small minded", "the [weak] mind of a follower".
BRIDGE: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "such", "so", "very", "really", "truly", "too", "that", "own",
    "tiny", "little", "puny", "small", "weak", "feeble", "sad", "pathetic", "simple",
    "itty", "bitty", "teeny", "just", "extremely", "incredibly", "pretty",
})
BRIDGE_REACH: Final[int] = 4
# The owner's word right before the bridge.
READER: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "yer", "you", "u", "ya"})
THIRD: Final[frozenset[str]] = frozenset({"his", "her", "he", "she"})
THEIRS: Final[frozenset[str]] = frozenset({"their", "they"})
# Having or being the term, the owner the verb's subject ("you [have] a weak mind", "he
# [is] so small minded", "you[']re so small minded": "you", "re"; "he[']s": "he", "s").
VERBS: Final[frozenset[str]] = frozenset({
    "have", "has", "had", "got", "is", "are", "re", "s", "was", "were", "be", "being",
    "been",
})
# Adverbs between the subject and its verb: "he [clearly] has", "you [really] are".
ADVERBS: Final[frozenset[str]] = frozenset({
    "clearly", "obviously", "really", "just", "truly", "must", "still", "always",
    "definitely", "literally", "certainly", "sure", "do", "does",
})
ADVERB_REACH: Final[int] = 2
# After the term, its owner: "that little brain [of yours]", "such a feeble mind [you
# have]", "what a small mind [she has]".
OF: Final[str] = "of"
OF_OWNERS: Final[dict[str, str]] = {
    "yours": "you", "urs": "you", "his": "he", "hers": "she", "theirs": "they",
}
HAVE_AFTER: Final[frozenset[str]] = frozenset({"have", "has", "got"})
# A pointer before an adjective term with a person's noun after it ("[that] small minded
# woman", "[those] feeble minded leftists"); a political group needs none ("small minded
# liberals everywhere").
POINTERS: Final[frozenset[str]] = frozenset({"that", "this", "those", "these"})
PEOPLE: Final[frozenset[str]] = o42.PEOPLE | o42.GROUPS | frozenset({
    "guy", "guys", "man", "men", "woman", "women", "person", "people", "folks", "lady",
    "dude", "dudes", "supporters", "voters", "fans", "fool", "bigot", "idiot", "moron",
    "twit", "leftist", "leftists", "lefty", "democrat", "republican", "conservative",
})
# The political groups (olid4's plural ones), read as a group said of ("antifa has a tiny
# brain", "small minded liberals"); never "left" or "right" alone.
POLITICAL: Final[frozenset[str]] = o4.PLURAL_GROUPS
# The writer's own: "my tiny brain", "i have such a small brain", "we're so small minded".
WRITER: Final[frozenset[str]] = frozenset({"my", "our", "i", "we", "im", "me", "us"})
# fmt: on
