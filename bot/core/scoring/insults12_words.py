"""Word lists for the insults12 round (issue 8, targeting_insults12.py): profanity that
names no one."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import controls9_words

# fmt: off
# "fuck you" as the lexicon matches it, and the words before it that make it a question's
# emphasis: "where the fuck you been", "how the fuck you get that many kills".
FUCK_YOU: Final[frozenset[str]] = controls9_words.FUCK_YOU  # "fuck you", "fuck u", "fuck ya"
# Not "why": "why the fuck you even click it" blames the reader for what they did.
QUESTION_WORDS: Final[frozenset[str]] = frozenset({
    "what", "where", "how", "when", "whats", "hows", "wheres",
})
# After a line-opening "the fuck you" (its "what" dropped): a question about the reader's
# words, "the fuck you mean" (precision14).
DROPPED_WHAT: Final[frozenset[str]] = frozenset({"mean", "meant", "meaning", "talking", "talkin"})
# After "the fuck you": a challenge to the person, not a question about a thing
# ("who the fuck you think you are", "what the fuck you looking at").
CHALLENGES: Final[frozenset[str]] = frozenset({
    "think", "thinking", "thinkin", "looking", "lookin", "staring", "want", "wanna",
})
# "we're gonna finish this bitch", "let's win this bitch", "time to wrap this bitch up":
# a job, a game or a match done, started or won. Never a harm done ("beat", "shoot",
# "hang", "slap" this bitch), and never "finish this bitch off".
TASK_VERBS: Final[frozenset[str]] = frozenset({
    "finish", "finished", "finishing", "win", "winning", "won", "wrap", "wrapping",
    "fix", "fixed", "fixing", "start", "started", "starting", "run", "running", "ride",
    "riding", "drive", "driving", "close", "closing", "clear", "cleared", "clearing",
    "sell", "selling", "load", "loading", "crank", "fire", "build", "built", "building", "light",
    "lighting", "launch", "ship", "push", "carry", "clutch", "land",
})
TASK_NOUNS: Final[frozenset[str]] = frozenset({"bitch"})
POINTING: Final[frozenset[str]] = frozenset({"this"})
# After "finish this bitch": the job ends, not the person ("finish this bitch off").
HARM_PARTICLES: Final[frozenset[str]] = frozenset({"off"})
# "let's go you fuckers", "come on you fuckers": a team cheered on with a swear word
# friends use (targeting_controls3 needs a warm word for it, which a cheer has not).
# The two tokens before "you" ("let's" and "c'mon" come split: "let s", "c mon").
CHEERS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("lets", "go"), ("s", "go"), ("come", "on"), ("c", "mon"), ("go", "go"),
})
CHEER_WORDS: Final[frozenset[str]] = frozenset({"cmon", "comeon", "letsgo"})
CHEERED: Final[frozenset[str]] = frozenset({
    "fuckers", "bastards", "motherfuckers", "bitches", "sons of bitches",
})
READER: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
# "you're the only motherfucker with common sense", "the only bastard here who gets it":
# a swear word for "person" singled out for sense. Never "the only motherfucker who keeps
# feeding": the words after it must praise.
ONLY_NOUNS: Final[frozenset[str]] = frozenset({
    "motherfucker", "mf", "bastard", "son of a bitch", "fucker", "mofo",
})
ONLY_LINKS: Final[frozenset[str]] = frozenset({"with", "who", "that", "here", "around"})
ONLY_PRAISE: Final[frozenset[str]] = frozenset({
    "sense", "brains", "brain", "taste", "class", "talent", "gets", "knows", "understands",
    "makes", "talks", "speaks", "sane", "honest", "smart", "decent", "cares", "clue",
})
ONLY_REACH: Final = 5  # words after the noun searched for the praise
# Good news met with a curse of disbelief: "fuck off, no way you won", "get the fuck out,
# you got the job?", "vaffanculo, hai vinto davvero?" (targeting_controls3 reads "shut
# up, no way" the same way).
DISBELIEF_ORDERS: Final[frozenset[str]] = frozenset({
    "fuck off", "get the fuck out", "piss off", "vaffanculo", "fuck you", "fuck u",
    # precision18: "shut up, you got engaged?", "stfu you passed??"
    "shut up", "shut the fuck up", "stfu",
})
# Before the curse, at most two of these: "omg fuck off", "wait what, get the fuck out".
AMAZED: Final[frozenset[str]] = frozenset({
    "omg", "omfg", "oh", "my", "god", "wait", "what", "wtf", "dude", "bro", "lol", "lmao",
    "haha", "ahah", "no",
})
DISBELIEF_REACH: Final = 5  # words after the curse searched for the good news
# "no way" and "for real" are targeting_fixes7's to read ("fuck off, for real" and "piss
# off no way you came back" stay orders); here only the news cheered or named.
DISBELIEF_WORDS: Final[frozenset[str]] = frozenset({
    "congrats", "congratulations", "complimenti", "hilarious", "amazing", "awesome",
    "incredible",
})
# "you won", "you passed", "hai vinto": the reader's good news (never "you won't").
GOOD_NEWS: Final[frozenset[str]] = frozenset({
    "won", "passed", "aced", "nailed", "landed", "vinto", "passato", "superato",
})
# "you got the job", "you got engaged": "got" with news after it, never "you got us
# killed" or "you got reported".
GOT_NEWS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "engaged", "promoted", "hired", "accepted", "married", "in", "into",
    "tickets",
})
# "Winning Deplorables MAGA God Bless you", "#DEPLORABLES #MAGA #KAG", "proud deplorable":
# the name taken up by the people it was said of, with their own rally words beside it.
SELF_LABELS: Final[frozenset[str]] = frozenset({"deplorable", "deplorables"})
RALLY_WORDS: Final[frozenset[str]] = frozenset({
    "maga", "kag", "wwg1wga", "trumptrain", "trump2020", "teamtrump", "trumpsarmy",
    "proud", "proudly", "winning", "bless", "we", "fellow",
})
OWN_LABEL: Final[frozenset[str]] = frozenset({"fellow", "proud"})
LABEL_POINTERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "those", "these", "them", "the", "all", "stupid", "dumb",
})
NEWS_READERS: Final[frozenset[str]] = frozenset({"you", "u", "hai", "youve", "ya"})
# fmt: on
