"""Word lists of the eighteenth game-chat round (issue 8): targeting_gamechat18.py."""

from __future__ import annotations

from typing import Final

# "are you doing" (insult.txt, gamechat18): rage only after a word that asks what in
# anger ("what are you doing mid", "wtf are you doing jett", "what the fuck are you doing
# sage"); "how are you doing" asks after the reader.
DOING_TERMS: Final[frozenset[str]] = frozenset({"are you doing"})
# The Italian asks hold their own angry "what" (it/insult.txt, gamechat18): "che cazzo fai
# mid", "ma che fai jungle"; "che cazzo fai stasera" asks.
DOING_WHOLE: Final[frozenset[str]] = frozenset({
    "che cazzo fai", "che cazzo stai facendo", "ma che fai",
})  # fmt: skip
# insults8's "what are you" (a child's age asked) wins the longer match in "what are you
# doing mid": there the name comes one token later, after "doing".
WHAT_ARE_YOU: Final = "what are you"
DOING_ASKERS: Final[frozenset[str]] = frozenset({
    "what", "wtf", "wth", "tf", "fuck", "hell", "heck", "fk", "fuk",
})  # fmt: skip
# After the name, only chat fillers may close the clause: "what are you doing mid ???",
# "wtf are you doing jett lol"; "what are you doing mid game" asks about a time.
DOING_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "omg", "bro", "dude", "man", "wtf", "bruh", "smh", "ffs",
    "seriously", "rn", "again", "now", "xd", "pls", "plz", "dai", "raga", "oh", "porca",
})  # fmt: skip
DOING_REACH: Final = 5  # tokens read after the term within its clause
# A curse that is the whole line with a player's role ("FUCKING MID", "fuck this
# support", "shit jungler lol"): sworn at that player, as "fuck tusk" is (targeting.py's
# names no list knows). Only game roles: not "jungle" or "bot" (a place, the AI), not
# "mods" (a game's mods), not heroes named by ordinary words ("fucking mercy").
CURSED_ROLES: Final[frozenset[str]] = frozenset({
    "mid", "top", "jungler", "jg", "support", "supp", "carry", "adc", "healer", "tank",
    "dps", "toplaner", "midlaner", "offlaner", "awper", "igl", "duelist", "sup", "supps",
    "supports", "healers", "tanks", "junglers", "carries",
})  # fmt: skip
CURSE_POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "our", "the", "ur", "your"})
CURSE_LINE: Final = 5  # tokens in the whole line
