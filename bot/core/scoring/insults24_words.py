"""Words of the insults24 round (issue 8, targeting_insults24.py): the reader's sanity put
down in a comment thread, a condescending question or remark that the reader's mind is
gone ("did you forget your meds again?", "the voices in your head", "you've got a screw
loose", "you're not right in the head", "did your mom drink while pregnant?", "what are
you smoking?")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The round's new lexicon lines (en/insult.txt), read only in the shapes below and
# cancelled elsewhere ("hope your meds kick in", "the shelf has a screw loose", "drinking
# while pregnant harms babies").
MEDS_TERMS: Final[frozenset[str]] = frozenset({
    "your meds", "ur meds", "their meds", "your pills", "ur pills", "your medication",
    "ur medication", "their medication",
})
VOICE_TERMS: Final[frozenset[str]] = frozenset({"voices in your head", "voices in ur head"})
SCREW_TERMS: Final[frozenset[str]] = frozenset({"screw loose", "screws loose"})
MARBLE_TERMS: Final[frozenset[str]] = frozenset({
    "lost your marbles", "lost ur marbles", "lost all your marbles",
})
MIND_TERMS: Final[frozenset[str]] = frozenset({"mind is gone", "mind is long gone"})
HEAD_TERMS: Final[frozenset[str]] = frozenset({"right in the head"})
# Whole, so as to outlast the older threat lines "need your head", "get your head".
EXAMINED_TERMS: Final[frozenset[str]] = frozenset({
    "need your head examined", "needs your head examined", "get your head examined",
    "need ur head examined", "get ur head examined", "needs their head examined",
    "need their head examined",
})
HOME_TERMS: Final[frozenset[str]] = frozenset({"home up there"})
LIGHTS_TERMS: Final[frozenset[str]] = frozenset({"lights are on but"})
PREGNANT_TERMS: Final[frozenset[str]] = frozenset({"while pregnant", "when she was pregnant"})
SMOKING_TERMS: Final[frozenset[str]] = frozenset({"you smoking", "u smoking"})
OWN_TERMS: Final[frozenset[str]] = (
    MEDS_TERMS | VOICE_TERMS | SCREW_TERMS | MARBLE_TERMS | MIND_TERMS | HEAD_TERMS
    | EXAMINED_TERMS | HOME_TERMS | LIGHTS_TERMS | PREGNANT_TERMS | SMOKING_TERMS
)
# They give way to an older term of the same length they overlap (matching.py).
YIELDING: Final[frozenset[str]] = OWN_TERMS
# The older line read as "what are you smoking" when "smoking" follows it.
OLDER_ASKS: Final[frozenset[str]] = frozenset({"what are you"})
TERMS: Final[frozenset[str]] = OWN_TERMS | OLDER_ASKS

# The reader, and the words that make a possessive the reader's.
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yu", "youre", "youve", "ur", "your"})
# Someone unnamed in a thread, read as the commenter ("someone forgot their meds").
SOMEONE: Final[frozenset[str]] = frozenset({"someone", "somebody"})
# "this guy has a screw loose": a pointer, then a person word.
POINTERS: Final[frozenset[str]] = frozenset({"this", "that"})
PERSON_WORDS: Final[frozenset[str]] = frozenset({"guy", "dude", "clown", "one"})
SUBJECT_REACH: Final[int] = 5  # "you clearly have a few screws loose": subject to term

# -- the reader's pills: a verb of missing or raising them before "your meds" -----------
MEDS_VERBS: Final[frozenset[str]] = frozenset({
    "off", "forgot", "forget", "forgetting", "skipped", "skip", "skipping", "up",
    "double", "increase",
})
MEDS_GAP: Final[frozenset[str]] = frozenset({"to", "take", "taking", "all", "of", "back", "on"})
MEDS_REACH: Final[int] = 3  # "forgot to take your meds"
# Care said before: "don't forget your meds", "remember to take your meds".
CARE: Final[frozenset[str]] = frozenset({
    "don", "dont", "never", "remember", "remind", "hope", "please", "doctor", "doc",
    "vet", "nurse", "wants", "want",
})
CARE_REACH: Final[int] = 4

# -- "you're not right in the head": the negation is the insult -------------------------
NOT_WORDS: Final[frozenset[str]] = frozenset({"not", "t", "aint", "isnt", "arent", "nt"})
NOT_GAP: Final[frozenset[str]] = frozenset({"really", "just", "clearly", "quite", "all", "exactly"})
NOT_REACH: Final[int] = 2

# -- "is anyone home up there": someone asked for, not "nobody's home up there" --------
CALLERS: Final[frozenset[str]] = frozenset({"anyone", "anybody", "somebody", "someone"})
CALLER_REACH: Final[int] = 3

# -- a mother blamed: "did your mom drink while pregnant" ------------------------------
MOTHERS: Final[frozenset[str]] = frozenset({
    "mom", "mommy", "momma", "mama", "mother", "mum", "mummy", "ma",
})
DRINKS: Final[frozenset[str]] = frozenset({
    "drink", "drank", "drinking", "drinks", "drunk", "smoke", "smoked", "smoking",
})
DRINK_GAP: Final[frozenset[str]] = frozenset({"was", "a", "lot", "so", "much", "heavily", "too"})
MOTHER_REACH: Final[int] = 4  # mother word, auxiliaries and drinking before the term

# -- "what are you smoking", "what the hell are you smoking" ---------------------------
ASK_WORDS: Final[frozenset[str]] = frozenset({"what", "wtf"})
ASK_GAP: Final[frozenset[str]] = frozenset({
    "the", "hell", "fuck", "heck", "fuckin", "fucking", "are", "r", "exactly", "even",
})
ASK_REACH: Final[int] = 4
SMOKE: Final[str] = "smoking"

# Sayings and denials before the term in its clause ("he said you lost your marbles",
# "nobody says your mind is gone").
UNSAYING: Final[frozenset[str]] = frozenset({
    "not", "never", "nobody", "noone", "no", "t", "didnt", "dont", "doesnt", "isnt",
    "said", "says", "say", "saying", "claim", "claims", "claimed", "think", "thinks",
    "believe", "believes", "called", "calls", "calling",
})
NEGATION_REACH: Final[int] = 8
# "up your meds" only as an order or a call: "time to up your meds", "maybe up your meds";
# not "pick up your pills".
UP_LEADS: Final[frozenset[str]] = frozenset({
    "to", "maybe", "should", "gotta", "go", "need", "needs", "just", "please", "pls",
})
# Chat's tails that may close a question: "what are you smoking lol".
TAILS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "haha", "bro", "dude", "man", "mate", "buddy", "pal", "today", "again",
    "seriously", "honestly", "tho", "though",
})
TAIL_REACH: Final[int] = 2
POSSESSIVES: Final[frozenset[str]] = frozenset({"your", "ur", "yo"})
CONTRACTIONS: Final[frozenset[str]] = frozenset({"aren", "isn", "ain", "re"})
