"""Words of the selfharm1 round (issue 8, targeting_selfharm1.py): self-harm urged at the
reader ("just end it all", "you should end your life", "do us all a favour and end it",
"go starve yourself", "cut deeper next time") or the reader said to be better off dead
("you'd be better off dead", "ur better off six feet under")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import gamechat38_words as g38

# fmt: off
# --- This round's own lines (en/self_harm.txt, selfharm1).
# "end it" alone is a match, a relationship or a story as often as a life: read only
# after the reader's advice or a favour asked, never as a bare order.
END_IT: Final[str] = "end it"
# "end it all": a life's end, but a match's too with game talk near.
END_IT_ALL: Final[str] = "end it all"
# The acts urged: ending one's life, cutting, starving or roping oneself.
ACTS: Final[frozenset[str]] = frozenset({
    "end it all", "end your life", "end ur life", "end your own life", "end ur own life",
    "end your pathetic life", "take your own life", "take ur own life", "take your life",
    "cut yourself", "cut urself", "cut deeper", "starve yourself", "starve urself",
    "rope yourself", "rope urself", "go rope", "just rope",
})
# The reader said to be better off dead.
DEAD: Final[frozenset[str]] = frozenset({
    "better off dead", "better off six feet under", "better off 6 feet under",
    "better off in a grave",
})
OWN_TERMS: Final[frozenset[str]] = ACTS | DEAD | {END_IT}
# The older line "go cut yourself" (en/self_harm.txt) before an everyday object: "go cut
# yourself some slack", "go cut urself a break".
GO_CUTS: Final[frozenset[str]] = frozenset({"go cut yourself", "go cut urself"})
CUT_OBJECTS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("some", "slack"), ("a", "break"), ("some", "credit"), ("a", "slice"), ("a", "piece"),
})

# --- Before an act. The reader: "you", chat's "u", "ya", "y'all" (read "y all").
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "ye"})
# Between the urge and the act, or the reader and the urge: "you should (just) end it
# all", "you (really) need to", "go (just) end it".
HEDGES: Final[frozenset[str]] = frozenset({
    "just", "really", "honestly", "seriously", "literally", "already", "go", "simply",
    "probably", "prob", "definitely", "def", "actually", "pls", "please", "plz", "all",
    "fucking", "fkn", "fking", "frickin", "ever",
})
HEDGE_REACH: Final = 3
# The urge, read back from the act (its last word first): "should", "need to", "might as
# well", "hope (you)", "why don't you". Each tuple is the words right before the act
# (after the hedges), the reader before them where READER_FIRST says so.
URGES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("should",), ("shud",), ("shld",), ("oughta",), ("ought", "to"), ("need", "to"),
    ("needa",), ("gotta",), ("got", "to"), ("have", "to"), ("must",), ("better",),
    ("could",), ("can",), ("might", "as", "well"), ("may", "as", "well"),
})
URGE_LENGTH: Final = 3
# Before the reader, a wish or a rhetorical "why don't": "i hope you end it all", "why
# dont you end it all", "why don't u just end it all".
WISHES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("hope",), ("wish",), ("why", "dont"), ("why", "don", "t"), ("why", "do", "nt"),
    ("why", "not"),
})
# "why not (just) end it all": the rhetorical "why not" urges with no reader named.
WHY_NOT: Final[tuple[str, str]] = ("why", "not")
# A favour asked: "do us all a favour and (just) end it".
FAVOURS: Final[frozenset[str]] = frozenset({"favour", "favor", "favr"})
AND: Final[str] = "and"
# An order opening its clause, after chat's openers: "just end it all", "go end ur life",
# "pls end it all", "loser, end your life".
OPENERS: Final[frozenset[str]] = HEDGES | frozenset({
    "now", "so", "then", "and", "bro", "bruh", "dude", "lol", "lmao", "srsly", "ok", "okay",
    "man", "kid", "mate", "yeah", "ye", "maybe",
})
OPENER_REACH: Final = 3
# After the act only chat's tags, a name-call, or when may close the clause: "cut deeper
# next time", "end it all already lol", "go starve yourself fatty". Anything else goes on
# ("cut yourself some slack", "end your life sentence", "end it with her").
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "lmfao", "xd", "tbh", "ngl", "af", "fr", "frfr", "bro", "bruh", "dude",
    "man", "honestly", "already", "now", "pls", "please", "plz", "asap", "today",
    "tonight", "irl", "ong", "istg", "next", "time", "this", "again", "then", "ok",
    "loser", "fatty", "fatso", "freak", "idiot", "kid", "retard", "noob", "bitch",
    "lil", "boy", "girl", "sis", "bud", "buddy", "mate", "haha", "hahaha", "forever",
    "quickly", "quick", "fast", "faster", "harder", "too", "kys", "yourself", "urself",
    "yoself",
})
TAIL_REACH: Final = 3

# --- Before "better off dead": the reader, then the being verb and hedges ("you'd (all)
# be better off dead", "ur better off dead", "u r so much better off dead").
BEING_RUN: Final[frozenset[str]] = HEDGES | frozenset({
    "d", "would", "wud", "will", "ll", "be", "are", "re", "r", "is", "so", "much", "way",
    "genuinely", "truly", "totally", "clearly", "obviously", "surely",
})
BEING_REACH: Final = 6
# The reader as the subject, "ur"/"youre"/"youd" as chat types "you're", "you'd".
DEAD_READERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "youre", "youd", "ya", "yall", "ye", "yu",
})

# --- Before the shape in its sentence: a negator (gamechat38's, with "don't"'s and
# "shouldn't"'s split tails), or a word that reports, supposes or helps: "she said you
# should end it all", "if you feel like ending it all", "nobody should ever tell you ...".
NEGATORS: Final[frozenset[str]] = g38.NEGATORS | frozenset({"t", "nt", "noone", "none"})
LEADS: Final[frozenset[str]] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "claim", "claims",
    "claimed", "wrote", "if", "when", "whenever", "whether", "unless", "ignore", "cuz",
    "because", "bc", "worried", "scared", "afraid",
})
LEAD_REACH: Final = 8
# Words of a match anywhere near: "end it" and "end it all" are the game's ("ff just end
# it", "end it pls the game is lost", "gg, end it all").
GAME_TALK: Final[frozenset[str]] = frozenset({
    "ff", "gg", "game", "games", "match", "round", "rounds", "push", "mid", "top", "bot",
    "base", "throne", "ancient", "nexus", "surrender",
    "afk", "team", "enemy", "enemies", "lobby", "boss", "map", "rank", "ranked",
})
# A match lost: "we lost", "it's lost", "the game is lost" (the word alone may be a
# life's: "you lost everything").
LOST: Final[frozenset[str]] = frozenset({"lost", "losing", "lose"})
LOSERS: Final[frozenset[str]] = frozenset({"we", "is", "s"})
# threats8's older "end it already" (its lexicon line), read as this round reads "end it
# all": a match's end with game talk near ("end it already, gg", "end it already we lost").
END_IT_ALREADY: Final[str] = "end it already"
# A partner, a story or a talk anywhere near: "end it" is theirs ("you should end it, he
# cheats", "the show should just end it").
STORY_TALK: Final[frozenset[str]] = frozenset({
    "him", "her", "them", "he", "she", "they", "relationship", "marriage", "friendship",
    "bf", "gf", "boyfriend", "girlfriend", "husband", "wife", "ex", "partner", "date",
    "dating", "movie", "show", "book", "story", "episode", "season", "series", "chapter",
    "thread", "convo", "conversation", "call", "meeting", "stream", "debate", "argument",
    "fight", "discussion", "war", "strike",
})
TALK_REACH: Final = 30  # tokens either side of the hit read for GAME_TALK, STORY_TALK
# fmt: on
