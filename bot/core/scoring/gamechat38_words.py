"""Word lists of the gamechat38 round (targeting_gamechat38.py): the reader's play called
shit ("your aim is shit", "u were shit", "your rotations are shit") and the reader
called a bare vulgar noun ("u fuck", "u lucky fuck", "you shits")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The reader as a subject or a vocative's head: "u were shit", "u fuck".
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu"})
# The reader's own: "your aim", "ur build".
POSSESSIVES: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "youre"})

# -- the reader called a bare vulgar noun -------------------------------------------------
# "you fuck", "u fuck", "ya shit", "you shits" ("u shit", "you fucks" are older lines).
READER_TERMS: Final[frozenset[str]] = frozenset({
    "you fuck", "u fuck", "ya fuck", "yu fuck", "you shit", "ya shit", "you shits",
    "u shits", "ya shits",
})
# A word that makes the noun a name-call after "you": "you lucky fuck", "u greedy fuck".
# "lucky bastard" and "cheeky bastard" stay benign lines (friendly envy), never ours.
VOCATIVE_ADJECTIVES: Final[frozenset[str]] = frozenset({
    "lucky", "cheeky", "greedy", "dirty", "sneaky", "lazy", "selfish", "filthy", "little",
})
ADJECTIVE_TERMS: Final[frozenset[str]] = frozenset(
    {f"{adj} fuck" for adj in VOCATIVE_ADJECTIVES}
    | {f"{adj} shit" for adj in VOCATIVE_ADJECTIVES - {"little"}}  # "you little shit": older
)
# Before the reader, a word that makes "you" the subject of a verb "fuck" or "shit"
# ("did you fuck up", "if you fuck it up", "when you shit"), or the object of a kind
# verb ("thank you fuck", "love you shits").
VERB_LEADS: Final[frozenset[str]] = frozenset({
    "did", "do", "does", "didnt", "dont", "doesnt", "can", "cant", "could", "couldnt",
    "will", "wont", "would", "wouldnt", "should", "shouldnt", "if", "when", "whenever",
    "unless", "once", "before", "after", "until", "till", "til", "cuz", "cause", "because",
    "bc", "as", "and", "or", "but", "to", "let", "make", "made", "see", "saw",
    "watch", "watched", "bet", "hope", "think", "thought", "know", "knew", "where", "how",
    "why", "what", "who", "while", "d", "ll", "may", "might", "must", "gonna", "wanna",
    "gotta", "never", "not", "just", "also", "then", "literally", "actually", "really",
    "totally", "basically", "only", "still", "even", "thank", "thanks", "love", "luv",
    "loved", "miss", "missed",
})
# After the noun, what may close the line and keep it a name-call: "u fuck lol".
VOCATIVE_TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "xdd", "haha", "pls", "plz", "omg", "wtf", "smh", "ffs",
    "gg", "ez", "again", "bro", "man", "dude", "mate", "kid", "boy",
})
VOCATIVE_TAIL_REACH: Final = 2

# -- the reader's play called shit --------------------------------------------------------
# The round's new verdict lines, read only in the shape ("u were shit", "your pick was
# shit") and cancelled elsewhere ("it was shit", "the servers were shit").
PAST_TERMS: Final[frozenset[str]] = frozenset({
    "was shit", "were shit", "was crap", "were crap", "are crap", "was ass", "were ass",
    "are fucking shit", "was fucking shit", "were fucking shit",
})
OWN_TERMS: Final[frozenset[str]] = READER_TERMS | ADJECTIVE_TERMS | PAST_TERMS
# They give way to an older term of the same length they overlap (matching.py): "can you
# fuck off" keeps "fuck off", "u fuck ur mom" keeps "fuck ur".
YIELDING: Final[frozenset[str]] = OWN_TERMS
# Older verdict lines the shape also reads: "your rotations are shit", "ur game sense is
# trash", "you were so shit".
OLDER_VERDICTS: Final[frozenset[str]] = frozenset({
    "is shit", "are shit", "is fucking shit", "is crap", "is ass", "are ass", "so shit",
    "trash", "garbage", "dogshit",
})
VERDICTS: Final[frozenset[str]] = PAST_TERMS | OLDER_VERDICTS
COPULAS: Final[frozenset[str]] = frozenset({"is", "are", "was", "were", "r", "s", "been"})
# The reader as the subject takes a past or plural copula: "u were shit", "you was shit"
# ("you are shit" is an older line).
READER_COPULAS: Final[frozenset[str]] = frozenset({"was", "were", "are", "r"})
# Between the copula and a one-word verdict: "is absolute trash", "were so shit".
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "fucking", "fking", "fkin", "fuckin", "absolute", "absolutely", "total",
    "totally", "pure", "complete", "completely", "utter", "straight", "actually",
    "literally", "just", "kinda", "really", "such", "honestly", "genuinely", "hot",
})
INTENSIFIER_REACH: Final = 2
# What a player does, any game's: the reader's own counted as the reader.
PLAY_NOUNS: Final[frozenset[str]] = frozenset({
    "aim", "aiming", "build", "builds", "rotation", "rotations", "play", "plays",
    "playing", "gameplay", "positioning", "position", "decision", "decisions",
    "decisionmaking", "making", "macro", "micro", "farm", "farming", "laning", "pick", "picks",
    "drafting", "draft", "calls", "call", "callouts", "shotcalling", "comms", "timing",
    "timings", "ult", "ults", "ultimate", "ulti", "combo", "combos", "shots", "shooting",
    "movement", "mechanics", "teamwork", "sense", "awareness", "placement", "itemization",
    "items", "warding", "wards", "vision", "skills", "skill", "dodging", "engage",
    "engages", "ganks", "ganking", "jungling", "pathing", "spray", "recoil", "reactions",
    "reflexes", "strategy", "strat", "strats", "hooks", "healing", "heals", "tanking",
    "support", "supporting", "last", "hitting", "cs", "kda", "score", "stats", "performance",
})
# The play nouns that older rules read as speech verbs ("your calls were shit" as
# reported): a reported reading is raised only for them.
SPEECH_NOUNS: Final[frozenset[str]] = frozenset({
    "calls", "call", "callouts", "shotcalling", "comms",
})
# A word that may stand before a play noun in its phrase: "game sense", "map awareness",
# "crosshair placement", "ult timing", "decision making".
PLAY_MODIFIERS: Final[frozenset[str]] = frozenset({
    "game", "map", "crosshair", "ult", "ulti", "ultimate", "decision", "shot", "item",
    "hero", "champ", "champion", "lane", "laning", "team", "target", "spell", "ability",
    "early", "late", "mid", "whole", "entire", "overall", "last", "gun", "weapon", "aim",
    "making",
})
PHRASE_REACH: Final = 3
# A negator before the reader's word: "not saying your aim is shit", "never said u were
# shit".
NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "never", "nobody", "no", "dont", "didnt", "doesnt", "isnt", "aint", "wasnt",
    "werent", "nothing", "cant", "wont",
})
NEGATION_REACH: Final = 4
# After the verdict, what may close the clause and keep it a verdict on the play: "your
# aim is shit today", "you were so shit this round", "u were shit mid lol". Anything
# else ends the shape ("you were shit out of luck", "you were shit on").
AFTER_OK: Final[frozenset[str]] = frozenset({
    "today", "tonight", "all", "game", "games", "match", "round", "rounds", "this", "that",
    "whole", "entire", "mid", "top", "bot", "jungle", "lane", "again", "lol", "lmao",
    "lmfao", "xd", "tbh", "ngl", "bro", "man", "dude", "mate", "honestly", "af", "haha",
    "gg", "wtf", "smh", "ffs", "btw", "too", "as", "fuck", "though", "tho", "kid",
    "boy", "rn", "now", "lately", "every", "time", "ever", "always",
})
AFTER_REACH: Final = 4
# fmt: on
