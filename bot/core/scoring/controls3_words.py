"""Words of the controls3 round's rules (targeting_controls3.py): banter vocatives,
"fuck me" and "vaffanculo che ..." exclaimed, "shut up" in disbelief, a trip that is no
send-off.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.targeting_kinds import Kind

# Swear nouns friends call each other; singular and plural.
# fmt: off
SINGULAR_BANTER: Final = frozenset({
    "bastard", "fucker", "bitch", "dickhead", "stronzo", "stronza", "bastardo", "bastarda",
})
PLURAL_BANTER: Final = frozenset({
    "bastards", "fuckers", "bitches", "dickheads", "stronzi", "stronze", "bastardi",
    "bastarde", "merde",
})
# Warm words: affection, praise, good wishes (anywhere in the line).
WARM: Final = frozenset({
    "ily", "ilysm", "luv", "congrats", "congratulations", "birthday", "bday", "proud",
    "nice", "great", "awesome", "amazing", "brilliant", "genius", "legend", "clever",
    "beautiful", "enjoy", "deserve", "deserved", "played", "wp", "gg", "ggwp", "lucky",
    "bravo", "brava", "bravi", "grande", "grandi", "complimenti", "auguri", "bel", "bella",
    "tiro", "goal", "gol", "fortuna", "tvb", "mitico", "mitica", "genio",
})
# "love you", "miss u", "ti voglio bene", "mi manchi": affection needs the reader.
LOVING: Final = frozenset({"love", "miss", "adore"})
READER: Final = frozenset({"you", "u", "ya", "yah", "yall", "ye"})
READERS_ALL: Final = READER | {"guys", "all"}  # "love you all", "miss you guys"
ITALIAN_AFFECTION: Final = frozenset({("voglio", "bene"), ("ti", "amo"), ("mi", "manchi")})
LUCK: Final = frozenset({"culo"})  # "che culo": what luck
# Good wishes that address someone ("auguri vecchio bastardo", "congrats you bastard").
WISHES: Final = frozenset({
    "auguri", "congrats", "congratulations", "birthday", "bday", "complimenti",
})
# Greetings, farewells and thanks that open a line and greet the room.
GREETING: Final = frozenset({
    "morning", "mornin", "gm", "evening", "night", "nite", "goodnight", "gn", "hey", "hi",
    "hello", "hiya", "heya", "sup", "yo", "howdy", "bye", "cya", "later", "thanks",
    "thank", "thx", "ty", "cheers", "happy", "buongiorno", "buonasera", "buonanotte",
    "notte", "ciao", "salve", "grazie", "hola",
})
GREETING_OPENERS: Final = frozenset({"good", "well", "oh", "ok", "okay", "and", "e", "buona"})
# Sarcasm, taunts and denials: praise that is no praise, warmth denied.
COLD: Final = frozenset({
    "try", "job", "going", "work", "nothing", "ez", "easy", "ezz", "rekt", "cry", "cope",
    "nobody", "noone", "never", "dont", "doesnt", "not", "no", "hate", "nessuno", "niente",
    "non", "mai", "odio",
})
# Before a vocative noun: a predicate makes it a claim ("you are a bastard").
PREDICATE: Final = frozenset({
    "a", "an", "the", "are", "is", "re", "such", "what", "un", "uno", "una", "sei", "siete",
    "e", "da", "like", "as",
})
# Right before a vocative: praise said as a taunt ("nice bitch", "gg noob").
TAUNTING: Final = frozenset({
    "nice", "gg", "ggwp", "wp", "good", "great", "well", "played", "ez", "bravo", "brava",
    "bravi",
})
# fmt: on
# Phrases of affection that end right before a vocative ("ti voglio bene stronzo").
FOND_ENDS: Final = frozenset({"bene", "culo", "manchi", "amo"})
# Warmth that may follow a vocative without a comma.
RUN_ON: Final = frozenset({"i", "ily", "lol", "lmao", "haha", "xx", "xoxo", "so", "sm", "too"})
BANTER: Final = SINGULAR_BANTER | PLURAL_BANTER
# Fond describing words of a vocative; judging ones ("stupid", "useless") never are.
# fmt: off
FOND_DESCRIBING: Final = frozenset({
    "sneaky", "cheeky", "crafty", "sly", "clever", "lucky", "crazy", "mad", "old", "little",
    "beautiful", "magnificent", "glorious", "absolute", "vecchio", "vecchia", "grande",
    "caro", "cara",
})
# fmt: on
DESCRIBED_REACH: Final = 2  # describing words before a vocative noun ("you sneaky old bastard")
VOCATIVE_REACH: Final = 3  # words between a greeting or "you" and the vocative noun
SENTENCE_REACH: Final = 12  # words either side of the noun searched for warmth
# Who a vocative may have been read as: the reader, the room, someone named, or nobody yet
# (the later name-call rules would name "sup bitches").
READERS: Final = frozenset(
    {Kind.SECOND_PERSON, Kind.THIRD_PERSON, Kind.GROUP, Kind.MENTION, Kind.REPLY, Kind.NONE}
)

FUCK_ME: Final = ("fuck", "me")
FUCK_ME_OPENERS: Final = frozenset(
    {"oh", "well", "holy", "god", "jesus", "man", "bro", "ah", "ugh"}
)
# After "fuck me" in an exclamation: the situation it is said about.
# fmt: off
EXCLAIMED_NEXT: Final = frozenset({
    "that", "thats", "this", "its", "it", "what", "how", "i", "im", "ive", "my", "the",
    "these", "those", "was", "is", "sideways", "running", "gently", "dead", "there",
    "again", "lol", "lmao", "haha",
})
# fmt: on
CURSE_ORDERS: Final[frozenset[str]] = frozenset({"fanculo", "vaffanculo"})
EXCLAIMING: Final = "che"
# Italian second-person verbs after "che": the reader is spoken to ("che sei", "che vuoi").
# fmt: off
ITALIAN_YOU_VERBS: Final = frozenset({
    "sei", "hai", "fai", "vuoi", "dici", "pensi", "credi", "ti", "te", "tu", "cazzo", "minchia",
    "siete", "avete", "fate", "volete", "dite",
})
# fmt: on
GO_AWAY: Final = ("go", "away")
SHUT_UPS: Final = frozenset({("shut", "up"), ("stfu",), ("shut", "the", "fuck", "up")})
AMAZED: Final[frozenset[str]] = frozenset(
    {"omg", "oh", "my", "god", "wait", "what", "wtf", "omfg", "dude", "bro"}
)
NO_WAY: Final = frozenset({("no", "way"), ("no", "wayy"), ("for", "real"), ("no", "fucking")})
CHEERING: Final = frozenset({"congrats", "congratulations", "yay", "yayy", "woohoo", "proud"})
IT: Final = frozenset({"it", "this", "that"})  # "love it", "love this"
# "go away for the weekend": a trip, named by its time.
# fmt: off
TRIP_TIMES: Final = frozenset({
    "weekend", "week", "holiday", "holidays", "vacation", "summer", "christmas", "easter",
    "break", "trip", "honeymoon", "getaway",
})
# fmt: on
TRIP_ARTICLES: Final = frozenset({"the", "a", "this", "that", "your", "ur", "christmas"})
