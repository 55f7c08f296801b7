"""Words of the discord49 round (issue 8, targeting_discord49.py): grooming on Discord, an
older member working on a young reader: the talk hidden from the reader's parents ("dont
tell your parents about us", "delete our chats so your mom doesnt see", "this is our
little secret", "keep this between us ok"), the reader asked whether they are alone
("are you home alone rn") or flattered as mature for their age ("ur so mature for 13")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
# --- This round's own lines (en/sexual_harassment.txt), read only by its rules.
# The telling forbidden: "dont tell your parents about us", "never tell ur mom we talk".
TELL_TERMS: Final[frozenset[str]] = frozenset({
    "dont tell", "don t tell", "do not tell", "dnt tell", "never tell",
})
# The chats deleted: "delete our chats so your mom doesnt see".
DELETE_TERMS: Final[frozenset[str]] = frozenset({
    "delete our", "delete these", "delete this", "delete the", "delete all", "erase our",
    "clear our",
})
# The secret kept: "this is our little secret", "keep this between us ok".
SECRET_TERMS: Final[frozenset[str]] = frozenset({"our little secret", "our secret"})
BETWEEN_TERMS: Final[frozenset[str]] = frozenset({"between us", "between you and me"})
# The reader alone: "are you home alone rn", "r u alone".
ALONE_TERMS: Final[frozenset[str]] = frozenset({
    "you alone", "u alone", "ya alone", "ru alone", "you home alone", "u home alone",
    "ru home alone", "you all alone", "u all alone",
})
# The reader mature for their age: "ur so mature for 13".
MATURE_TERMS: Final[frozenset[str]] = frozenset({"mature for"})

# --- Whom the talk is hidden from: the reader's parents or family, or anyone.
OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "ya", "yr"})
PARENTS: Final[frozenset[str]] = frozenset({
    "parents", "parent", "mom", "mum", "mother", "mommy", "mama", "dad", "father", "daddy",
    "family", "folks", "friends", "sister", "brother", "sis", "bro", "teacher", "teachers",
})
ANYONE: Final[frozenset[str]] = frozenset({
    "anyone", "anybody", "nobody", "noone", "everyone", "ppl", "people",
})
# What is hidden: "about" then us, me, this or our chats; or that we talk ("we talk",
# "we're talking", "i dm you").
ABOUT: Final[frozenset[str]] = frozenset({"about", "abt", "bout"})
OURS: Final[frozenset[str]] = frozenset({"us", "me", "our", "what", "we"})
# "about this" only of the reader's parents, closing its clause ("dont tell your parents
# about this"; not "dont tell anyone about this", "... about this lol she'll freak").
THIS: Final[frozenset[str]] = frozenset({"this"})
TALKERS: Final[frozenset[str]] = frozenset({"we", "i"})
TALK_GAP: Final[frozenset[str]] = frozenset({"that", "re", "are", "been", "have", "ve", "m", "am"})
TALK_REACH: Final[int] = 3
TALKS: Final[frozenset[str]] = frozenset({
    "talk", "talked", "talking", "chat", "chatted", "chatting", "text", "texted",
    "texting", "dm", "dmd", "dming", "message", "messaged", "messaging", "speak", "spoke",
    "speaking", "call", "called", "calling", "facetime", "snap", "friends",
})

# --- The chats deleted (CHAT_REACH words on over "our", "these", "all", "old"), then
# the reader's parents or nobody seeing, within SEE_REACH words: "delete our dms before
# your dad checks your phone", "delete this chat so nobody sees it".
CHAT_REACH: Final[int] = 3
OUR: Final[frozenset[str]] = frozenset({"our"})
CHAT_MODIFIERS: Final[frozenset[str]] = frozenset({
    "our", "these", "this", "the", "all", "of", "old", "whole", "ur", "your", "my",
})
CHATS: Final[frozenset[str]] = frozenset({
    "chats", "chat", "messages", "message", "msgs", "msg", "dms", "dm", "convo", "convos",
    "conversation", "conversations", "texts", "history",
})
SEE_REACH: Final[int] = 10
SEEING: Final[frozenset[str]] = frozenset({
    "see", "sees", "seeing", "find", "finds", "check", "checks", "checking", "read",
    "reads", "look", "looks", "looking", "catch", "catches", "know", "knows",
})

# --- The secret's or the keeping's lead back to its sentence's start: "this is our
# little secret", "remember its our secret", "keep our chats between us".
SECRET_LEADS: Final[frozenset[str]] = frozenset({
    "this", "is", "its", "it", "s", "that", "thats", "will", "be", "stay", "stays",
    "gonna", "ll", "just", "ok", "okay", "remember", "so", "now", "always", "ur", "your",
})
SECRET_REACH: Final[int] = 5
KEEP: Final[frozenset[str]] = frozenset({"keep", "keeping"})
KEPT: Final[frozenset[str]] = frozenset({
    "this", "it", "that", "our", "chats", "chat", "dms", "talks", "convo", "convos",
    "messages", "everything", "all", "of",
})
KEPT_REACH: Final[int] = 3
KEEP_LEADS: Final[frozenset[str]] = frozenset({
    "pls", "please", "plz", "just", "ok", "okay", "so", "and", "but", "remember", "lets",
    "let", "s", "we", "ll", "gotta", "have", "to", "should",
})
KEEP_REACH: Final[int] = 4

# --- What may close the clause after a shape's words (at most TAIL_REACH of them):
# "dont tell ur parents ok", "keep this between us pls", "are you alone in your room",
# "are u home alone rn". "about the party" and "in the queue" go on; a laugh ("keep this
# between us lol", "dont tell your mom lol") is no tail: the secret is a joke's.
TAIL_REACH: Final[int] = 4
TAILS: Final[frozenset[str]] = frozenset({
    "ok", "okay", "k", "kk", "pls", "please", "plz", "alright", "right", "yeah", "ya",
    "babe", "baby", "hun", "honey", "sweetie", "cutie", "kiddo", "sweetheart", "princess",
    "rn", "now", "tonight", "today", "atm", "yet", "there", "at", "home", "in", "your",
    "ur", "room", "bedroom", "house", "again", "tho", "though", "promise", "deal",
    "anymore", "ever",
})

# --- The reader asked whether they are alone: "are" right before, or the term opening
# its sentence ("u home alone?").
ARE: Final[frozenset[str]] = frozenset({"are", "r", "re"})
ASKING_ALONE: Final[frozenset[str]] = frozenset({
    "ru alone", "ru home alone", "you home alone", "u home alone",
})

# --- The reader flattered: "you're", "ur", "you are", "you seem" before "mature for"
# (over intensifiers), then a young age, "your age" or a child.
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "really", "very", "super", "rly", "hella", "pretty", "quite", "such", "way",
    "much", "more", "sooo", "soo", "realy", "actually", "honestly",
})
INTENSIFIER_REACH: Final[int] = 3
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "youre", "ur", "yur"})
READER_VERBS: Final[frozenset[str]] = frozenset({
    "re", "are", "r", "seem", "act", "sound", "look", "talk",
})
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "someone", "somebody"})
ARTICLE_REACH: Final[int] = 2
AGE: Final[frozenset[str]] = frozenset({"age"})
# ("12" folds to "i2" as leet, the way "1d10t" reads "idiot".)
YOUNG: Final[frozenset[str]] = frozenset({
    "i2", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "kid", "kiddo", "child",
    "teen", "teenager", "middle", "schooler", "preteen", "tween", "girl", "boy",
})

# --- Not said to the reader: a negation or a report before the shape in its sentence
# ("he told me to keep it between us", "she said dont tell your mom").
NEGATORS: Final[frozenset[str]] = d39.NEGATORS
REPORTERS: Final[frozenset[str]] = d39.SAYING | frozenset({
    "asked", "asks", "asking", "keeps", "kept", "wanted", "wants", "dmd", "messaged",
    "texts", "texting", "if", "whether", "why",
})
GUARD_REACH: Final[int] = 10
# fmt: on

OWN_TERMS: Final[frozenset[str]] = (
    TELL_TERMS | DELETE_TERMS | SECRET_TERMS | BETWEEN_TERMS | ALONE_TERMS | MATURE_TERMS
)
