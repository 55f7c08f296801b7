"""Words of the gab1 round (issue 8, targeting_gab1.py, a precision round): swearing at a
thing or a situation read as aimed at the reader only because a "you" follows it, the
reader addressed ("the new update sucks, you guys") or generic ("life sucks when you're
broke"), and "fuck" as an exclamation before "you're" ("fuck you're lucky")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The thing's verdict: older lines that say a thing is bad ("sucks", "is shit", "is a
# joke"); the bare nouns ("bitch", "trash") only right after a copula, maybe over "a".
VERDICT_TERMS: Final[frozenset[str]] = frozenset({
    "sucks", "suck", "sucked", "sux", "is shit", "is a joke",
})
COPULA_NOUN_TERMS: Final[frozenset[str]] = frozenset({"bitch", "trash", "garbage"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
NOUN_LEADS: Final[frozenset[str]] = frozenset({"a", "such", "total", "real", "absolute"})
NOUN_LEAD_REACH: Final[int] = 2  # "is such a bitch"
# --- The subject before the verdict, in its sentence: a thing. Over the sentence's
# openers; a bare word only from THINGS (or the cue list of things), a phrase opened by a
# determiner with no person in it ("the new update", "my car", "the coffee here"), or a
# gerund ("getting old", "being sick"). Never the reader, a person, a family member, a
# role or the room ("your brother sucks, you know", "kyle sucks, you guys").
OPENERS: Final[frozenset[str]] = frozenset({
    "honestly", "ugh", "man", "omg", "god", "lol", "ngl", "tbh", "ok", "okay", "so", "and",
    "but", "well", "seriously", "like", "oh", "welp", "yeah", "yea", "wow", "damn",
})
OPENER_REACH: Final[int] = 2
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "so", "kinda", "totally", "just", "still", "lowkey", "honestly", "actually",
    "literally", "truly", "fucking", "seriously",
})
ADVERB_REACH: Final[int] = 2
SUBJECT_REACH: Final[int] = 4  # "the coffee here", "the new update"
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "this", "that", "these", "those", "my", "our", "his", "her", "their", "its",
})
THINGS: Final[frozenset[str]] = frozenset({
    "it", "this", "that", "everything", "life", "work", "school", "college", "traffic",
    "winter", "summer", "rent", "weather", "mondays", "monday", "mornings", "exams",
    "homework", "adulting", "capitalism", "covid", "insomnia",
})
PEOPLE: Final[frozenset[str]] = frozenset({
    "brother", "bro", "friend", "friends", "bf", "gf", "boyfriend", "girlfriend",
    "husband", "boss", "teacher", "coach", "neighbor", "neighbour", "roommate", "ex",
    "son", "daughter", "cousin", "uncle", "aunt", "grandma", "grandpa", "family", "crush",
    "partner", "wife", "sister", "mom", "dad", "mum", "kids", "people", "everyone",
    "everybody", "someone", "somebody", "nobody", "anyone", "mods", "admin", "admins",
    "owner", "streamer", "president", "government", "he", "she", "they", "him", "them",
    "we", "i", "me",
})
GERUND_END: Final[str] = "ing"
# --- The reader only addressed after the verdict: a pause, then a tag or a vocative
# ("..., you guys", "..., you know", "..., y'all") closing the clause, maybe after a few
# of chat's tails ("... so bad, you guys lol").
TAILS: Final[frozenset[str]] = frozenset({
    "so", "bad", "much", "rn", "today", "lol", "lmao", "tbh", "honestly", "ngl", "fr",
    "here", "now", "again", "haha", "ass",
})
TAIL_REACH: Final[int] = 3
VOCATIVES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("you", "guys"), ("you", "know"), ("u", "guys"), ("u", "know"), ("ya", "know"),
    ("yall",), ("you", "all"), ("ya", "ll"), ("y", "all"),
})
# --- The reader's "you" generic: "when/if you're" and a state anyone may be in ("life
# sucks when you're broke", "traffic sucks when you're already late"), maybe over a few
# words ("the only one", "in a hurry"). Being somewhere or doing something is the reader
# ("the chat sucks when you're online", "... when you're in it", "... when you talk").
WHEN: Final[frozenset[str]] = frozenset({"when", "whenever", "if", "once"})
READER: Final[frozenset[str]] = frozenset({"you", "u"})
BE: Final[frozenset[str]] = frozenset({"re", "r", "are"})
STATE_SKIP: Final[frozenset[str]] = frozenset({
    "so", "already", "really", "just", "still", "too", "very", "kinda", "a", "an", "the",
    "in", "on", "super", "all",
})
STATE_REACH: Final[int] = 3
STATES: Final[frozenset[str]] = frozenset({
    "broke", "poor", "sick", "ill", "tired", "exhausted", "late", "old", "young", "alone",
    "single", "stuck", "hungry", "cold", "busy", "bored", "sad", "lonely", "depressed",
    "only", "student", "kid", "parent", "hurry", "rush", "nights", "diet", "injured",
    "hungover", "sleepy", "short", "tall", "allergic", "broken", "unemployed", "new",
})
# --- The exclamation: an older "fuck you" line right before "re" ("fuck you're lucky",
# "oh fuck you're right"), opening its sentence over chat's openers; what the reader is
# said to be after it is its own hit ("fuck you're an idiot" stays aimed by "idiot").
EXCLAIM_TERMS: Final[frozenset[str]] = frozenset({
    "fuck you", "fuck u", "fck you", "fuk you", "fuq you",
})
CONTRACTED_BE: Final[frozenset[str]] = frozenset({"re", "r"})
# After "re", over emphasis and an article, praise or a plain state ("fuck you're so
# lucky", "fuck you're back", "fuck you're a genius"); anything else leaves the older
# reading ("fuck you're done, kid", "fuck you're next").
PRAISE_SKIP: Final[frozenset[str]] = frozenset({
    "so", "such", "a", "an", "really", "too", "very", "damn", "fucking", "fuckin",
    "actually", "literally", "still", "already", "all", "totally", "just",
})
PRAISE_REACH: Final[int] = 3
# "lucky" before the writer's own say is a veiled threat, no praise: "fuck you're lucky i
# don't kill you", "fuck you're lucky im not there", "... lucky that i'm nice".
LUCKY: Final[str] = "lucky"
LUCKY_THREAT_LEADS: Final[frozenset[str]] = frozenset({"i", "im", "ima", "that", "we"})
PRAISED: Final[frozenset[str]] = frozenset({
    "lucky", "right", "fast", "quick", "back", "home", "here", "good", "great", "kidding",
    "joking", "serious", "tall", "early", "strong", "brave", "talented", "smart", "funny",
    "hilarious", "amazing", "awesome", "beautiful", "gorgeous", "cute", "pretty",
    "handsome", "rich", "up", "alive", "awake", "correct", "welcome", "genius", "legend",
    "beast", "god", "king", "queen", "hero", "pro", "fit", "ripped", "famous", "married",
    "engaged", "pregnant", "clever", "sweet", "kind", "best", "better",
})
EXCLAIM_OPENERS: Final[frozenset[str]] = frozenset({
    "oh", "holy", "ah", "aw", "man", "well", "omg", "wow", "bro", "dude", "lol", "lmao",
    "haha", "ok", "okay", "wait",
})
# fmt: on
THING_TERMS: Final[frozenset[str]] = VERDICT_TERMS | COPULA_NOUN_TERMS
OWN_TERMS: Final[frozenset[str]] = THING_TERMS | EXCLAIM_TERMS
