"""Words for targeting_gamechat12.py (issue 8): game chat's taunts and verdicts on how
the reader plays, and the words that tell a taunt from a question or a condition."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat8_words

# "you are bad" and its chat spellings (the lexicon's gamechat12 lines).
BAD_YOU: Final[frozenset[str]] = frozenset({
    "you are bad", "you re bad", "youre bad", "u r bad", "u are bad", "ur fucking bad",
    "you re fucking bad", "you are fucking bad", "u r fucking bad", "ur really bad",
    "you are really bad",
})  # fmt: skip
# A condition or a doubt before "you are bad": "if you are bad at it, practise", "i
# dont think you are bad", "even when youre bad at first".
CONDITIONS: Final = frozenset(
    {"if", "when", "whether", "unless", "think", "thought", "say", "said", "saying", "feel"}
)
# "u mad", "you mad": the gloat at a losing player, kept only as a short taunt.
MAD: Final = frozenset({"u mad", "you mad", "ya mad"})
# May open the taunt's clause: "are you mad?", "why u mad", "lol u mad bro".
MAD_BEFORE: Final = frozenset(
    {"are", "r", "why", "o", "oh", "so", "lol", "lmao", "haha", "xd", "ez", "gg", "what"}
)
# A lone word before "u mad" that makes it no taunt: "make u mad", "if you mad".
MAD_BLOCKERS: Final = frozenset({
    "make", "made", "makes", "making", "get", "got", "gets", "getting", "if", "when", "not",
    "dont", "didnt", "doesnt", "im", "i", "be", "was", "were", "is", "and", "but", "that",
    "makin", "drive", "drives", "drove", "to", "let",
})  # fmt: skip
# May close it: "u mad bro?", "you mad son", "u mad lol".
MAD_AFTER: Final = frozenset({
    "bro", "bruh", "brah", "son", "kid", "boy", "boi", "lol", "lmao", "xd", "haha", "mate",
    "m8", "noob", "man", "dude", "much", "cuz", "cause", "because", "now", "yet", "or",
    "bc", "bcs",
})  # fmt: skip
# After "mad", words that make it no adjective of a noun: "are you mad at me", "u mad
# that we won", "you mad or what".
MAD_NOT_NOUN: Final = frozenset({
    "at", "about", "with", "that", "because", "cuz", "cause", "coz", "bc", "or", "if", "when",
    "cos", "over", "since", "now", "yet", "still", "again", "too", "so", "rn", "for", "to",
    "and", "but", "lol", "lmao", "xd", "haha", "bro", "bruh", "son", "kid", "boy",
})  # fmt: skip
MAD_REACH: Final = 3  # tokens of the taunt's clause read either side
# "this bad": who is asked how they can be this bad.
THIS_BAD: Final = "this bad"
# "how are you this bad", "imagine someone this bad", "never seen anyone this bad"
HOW: Final = frozenset({"how", "imagine", "seen"})
READERS: Final[frozenset[str]] = gamechat8_words.READERS  # "you", "u", "ur", "youre", "yall", "ya"
# A player asked about in the third person: "how can someone be this bad".
PLAYERS: Final = frozenset({
    "someone", "somebody", "anyone", "anybody", "he", "she", "hes", "shes", "guy", "dude",
    "player", "kid", "team", "people", "ppl", "they", "theyre", "person", "noob",
})  # fmt: skip
BAD_REACH: Final = 6  # tokens read back from "this bad" to the "how"
# A role named by its short form where "diff" follows it: "sup diff" ("sup" alone is a
# greeting, so the role words leave it out).
DIFF_ROLES: Final = frozenset({"sup", "supps", "sups"})
DIFFS: Final = frozenset({"diff", "gap"})
# "cry more" as a gloat, not a comparison ("cry more than the rest") nor another's crying
# ("ask me to cry more", "i cry more at films").
CRY_MORE: Final = "cry more"
CRY_NOT_BEFORE: Final = frozenset(
    {"to", "i", "we", "they", "he", "she", "me", "will", "would", "gonna", "can", "could", "did"}
)
CRY_NOT_AFTER: Final = frozenset({"than", "then", "often", "when", "while", "about"})
# Name-calls a game's chat says only of a player, never of a hero's kit: after a hero's
# or a role's bare name ("pudge so noob", "dp too noob", "techies is trash").
PLAYER_CALLS: Final[frozenset[str]] = frozenset({
    "noob", "noobs", "nub", "newb", "idiot", "moron", "retard", "retarded", "braindead",
    "clueless", "trash", "garbage", "dogshit", "stupid", "dumb", "useless", "noobest",
})  # fmt: skip
# Between the name and the name-call: "pudge is so noob", "mid too fucking noob".
NAME_GAP: Final[frozenset[str]] = frozenset({
    "is", "s", "so", "too", "very", "really", "such", "a", "an", "fucking", "fkin", "fking",
    "actually", "just", "was", "are", "absolute", "total", "complete", "soo", "sooo",
})  # fmt: skip
NAME_GAP_REACH: Final = 3
# May stand before the name: the clause's start, or an owner ("our pudge"), never a
# pointer ("this yasuo is trash" may judge the champion: gamechat8 left it so).
NAME_OWNERS: Final = frozenset(
    {"our", "ur", "your", "their", "the", "enemy", "my", "lol", "gg", "omg", "wtf", "ff"}
)
# May close the clause after the name-call: "pudge is trash lol"; anything else ("trash
# this patch", "trash at laning") may judge the champion or a skill.
NAME_TAIL: Final = frozenset(
    {"lol", "lmao", "xd", "tbh", "honestly", "af", "wtf", "omg", "haha", "ever", "ffs", "man"}
)
# Ranks a player is mocked with right before a player-only name-call ("gold trash", "silver
# trash", "herald noob") or an MMR ("3k trash", "2.5k noob"); not "4k", which folds to "ak".
RANKS: Final[frozenset[str]] = frozenset({
    "iron", "bronze", "silver", "gold", "plat", "platinum", "diamond", "herald", "guardian",
    "crusader", "archon", "legend", "ancient", "divine", "copper", "wood", "elo",
})  # fmt: skip
# MMR as the folded text holds it: the folding reads a digit as its look-alike letter
# ("2k" is "zk", "5k" "sk"); "ok" (0k) is left out, and "ak" (4k) is a rifle ("ak trash").
MMR: Final = frozenset({"zk", "ek", "sk", "gk", "tk", "bk", "ik", "lk", "1k", "2k"})
# "fu" (chat's "fuck you") said to someone: alone in its clause, laughter before it and a
# name at most after it ("fu", "hahaha fu", "fu sf"); "kung fu" and "fu fighters" are no
# one's insult.
FU: Final = "fu"
FU_BEFORE: Final = frozenset(
    {"lol", "lmao", "haha", "hahaha", "xd", "and", "so", "well", "ok", "okay", "ty", "gg", "wp"}
)
# After "fu": a hero's or a role's name, or a short name with no vowel ("fu sf", "fu wr"),
# never Italian's "fu" ("was") before a word ("fu lei", "fu un errore").
FU_NAME: Final = 4
VOWELS: Final = frozenset("aeiouyàèéìòù")
FU_LINE: Final = 10  # tokens in the whole message: a chat line
LAUGHS: Final = frozenset({"hah", "lol", "lmf", "lma"})  # a laugh's first letters: "hahaha"
# "noob here": the writer introducing themself ("total noob here, how do i craft"), with
# at most a modifier before it at the start of its sentence.
NOOB_SELF: Final = frozenset({"noob", "newb", "nub", "noobie", "newbie"})
NOOB_SELF_BEFORE: Final = frozenset({"total", "complete", "absolute", "a", "big", "huge", "im"})
# A player-only name-call before a hero, a role or a player noun closing the clause, with
# only chat's intensifiers and openers before it: "fucking useless jungler", "lol fucking
# trash mid", "absolutely useless tank" (an earlier round reads it without them).
PLAYER_NOUNS: Final = frozenset(
    {"team", "teammates", "players", "player", "guy", "kid", "kids", "randoms", "teammate"}
)
CALL_OPENERS: Final = frozenset({
    "fucking", "fuckin", "fkin", "fking", "fcking", "absolutely", "totally", "so",
    "such", "a", "what", "really", "literally", "lol", "lmao", "gg", "wp", "omg", "wtf", "our",
    "ur", "your", "their", "ffs", "just", "complete", "completely", "utterly",
    # gamechat30: the player summed up as an archetype ("typical trash jungler",
    # "another useless support", "yet another garbage adc")
    "typical", "classic", "another", "yet",
})  # fmt: skip
