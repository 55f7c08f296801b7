"""Words of the discord20 round (issue 8): Discord chat shapes read by
targeting_discord20.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# An archetype's trait or a generation's brain sent as a label ("karen energy", "pick me
# behavior fr", "major karen energy", "the pick me energy is strong here").
# Said whole: at most LEAD_REACH of LEADS before it opening the sentence, then only chat
# tags, or a copula and one of STRONG, to the clause's end.
LABELS: Final[frozenset[str]] = frozenset({
    "karen energy", "pick me energy", "pick me behavior", "pick me behaviour",
    "boomer energy",
    "boomer brain", "gen z brain", "zoomer brain", "millennial brain", "chronically online",
    "terminally online", "pick me girl", "clown behavior", "clown behaviour",
})
LEADS: Final[frozenset[str]] = frozenset({
    "such", "so", "major", "peak", "typical", "giving", "the", "big", "massive", "total",
    "pure", "serious", "mega", "ur", "your", "very", "huge", "straight", "classic",
})
LEAD_REACH: Final = 2
LABEL_TAILS: Final[frozenset[str]] = frozenset({
    "much", "moment", "ahh", "alert", "detected", "behavior", "behaviour", "vibes", "energy",
})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
STRONG: Final[frozenset[str]] = frozenset({
    "strong", "insane", "crazy", "wild", "showing", "unreal", "loud", "off", "palpable",
})
HERE: Final[frozenset[str]] = frozenset({"here", "rn", "today", "tonight"})
# A member's place in the room questioned ("who invited him lol", "who let her in here"),
# the reader's too ("who even are u", "didnt ask").
# Said whole, with chat tags or the room named after it ("in here", "to the server"),
# unless the next clause gives a kind word: "who invited him? he's so fun", "who let him
# in? oh wait i did lol".
PLACE_TERMS: Final[frozenset[str]] = frozenset({
    "who invited him", "who invited her", "who let him in", "who let her in",
    "why is he even here", "why is she even here", "who invited you", "who let you in",
    "chi l ha invitato", "chi l ha invitata", "who invited this guy", "who invited that guy",
    "who let this guy in", "chi ti ha invitato", "chi ti ha invitata", "didnt ask",
    "didn t ask", "who even are you",
})
READER_PLACE: Final[frozenset[str]] = frozenset({
    "who invited you", "who let you in", "chi ti ha invitato", "chi ti ha invitata",
    "didnt ask", "didn t ask", "who even are you",
})
# Before the question opening its sentence: "bro who invited him", "idc didnt ask".
PLACE_OPENERS: Final[frozenset[str]] = frozenset({
    "ma", "but", "um", "uh", "srsly", "idc", "dont", "care", "didnt", "also", "plus",
})
PLACE_TAIL: Final[frozenset[str]] = frozenset({
    "here", "in", "to", "into", "the", "this", "our", "my", "ur", "your", "group", "gc",
    "vc", "server", "chat", "groupchat", "call", "discord", "channel", "lobby", "party",
    "squad", "even", "again", "ma", "lol", "lmao", "lmfao", "xd", "fr", "ngl", "tbh", "bro",
    "bruh", "dude", "smh", "istg", "rn", "omg", "ahah", "ahahah", "seriously", "tho",
})
KIND_AFTER: Final[frozenset[str]] = frozenset({
    "fun", "funny", "hilarious", "sweet", "nice", "cool", "great", "awesome", "amazing",
    "legend", "goat", "best", "kind", "chill", "thank", "thanks", "thx", "ty", "welcome",
    "love", "glad", "wait", "did", "simpatico", "simpatica", "grazie", "grande",
})
PLACE_REACH: Final = 5  # room words or tags between the term and its clause's end
NEXT_REACH: Final = 6  # words of the next clause read for a kind word
# The reader blamed for a dead room ("ur the reason this server is dead", "ur the reason
# everyone left the vc"), read where insults8 found no harm: a room then a dead word, or
# the room's members gone.
ROOM_NOUNS: Final[frozenset[str]] = frozenset({
    "server", "gc", "vc", "chat", "groupchat", "discord", "channel", "group", "call",
    "lobby", "squad", "clan", "guild",
})
DEAD_WORDS: Final[frozenset[str]] = frozenset({
    "dead", "boring", "died", "empty", "dry", "quiet",
})
MEMBERS_GONE: Final[frozenset[tuple[str, str]]] = frozenset({
    ("everyone", "left"), ("everyone", "leaves"), ("everybody", "left"),
    ("everybody", "leaves"), ("people", "left"), ("people", "leave"), ("ppl", "left"),
    ("ppl", "leave"), ("everyone", "quit"), ("everyone", "muted"),
})
BLAME_REACH: Final = 7  # words after "ur the reason" read for the room gone dead
# A send-off given as advice, with a kind reason in the rest of the line ("go outside,
# the weather is nice", "touch grass, its so sunny today", "go outside and enjoy the sun").
ADVICE_TERMS: Final[frozenset[str]] = frozenset({
    "go outside", "touch grass", "tocca l erba", "toccare l erba",
})
ADVICE_REASONS: Final[frozenset[str]] = frozenset({
    "weather", "sun", "sunny", "sunshine", "nice", "beautiful", "fresh", "warm", "helps",
    "healthy", "walk", "lovely", "gorgeous", "amazing", "enjoy", "vitamin", "breeze",
    "snow", "snowing", "spring", "summer", "sole", "aria", "giornata", "tempo", "caldo",
    "passeggiata", "fresca",
})
ADVICE_REACH: Final = 8  # words after the send-off read for a reason
# The send-off as an invitation: "go outside with me tomorrow", "touch grass together".
TOGETHER: Final[frozenset[str]] = frozenset({"together", "tgt", "tgthr", "insieme"})
WITH_US: Final[frozenset[tuple[str, str]]] = frozenset({
    ("with", "me"), ("with", "us"), ("w", "me"), ("w", "us"), ("wit", "me"), ("con", "me"),
    ("con", "noi"),
})
# A jab named as the subject of talk about a roast ("no wonder ur single is the meanest
# roast ever lol", "ur so dumb is such a weak comeback"): a copula right after it, then a
# word for a roast within a few words.
ROAST_WORDS: Final[frozenset[str]] = frozenset({
    "roast", "roasts", "comeback", "comebacks", "insult", "insults", "line", "burn",
    "diss", "joke", "clapback", "reply", "response", "pickup",
})
# A send-off named as a thing: "the cope harder meme is so old", "that touch grass line".
NAMED_BEFORE: Final[frozenset[str]] = frozenset({"the", "that", "this", "a", "every"})
NAMED_AFTER: Final[frozenset[str]] = frozenset({
    "meme", "memes", "phrase", "trend", "copypasta", "emote", "sticker", "gif", "line",
    "joke", "comeback", "reply", "response", "comment", "comments", "thing", "bit",
})
ROAST_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s", "has", "had"})
DENIED: Final[frozenset[str]] = frozenset({"not", "no", "never", "nt", "t"})
ROAST_REACH: Final = 5
SUBJECT_LEAD: Final = 3  # words before the jab in its sentence ("no wonder", "ur so")
# A thing said to make anyone dumber ("doomscrolling all night makes you dumber", "sugar
# makes you dumber"): the generic "you", a gerund or a thing opening the sentence.
DUMBER: Final[frozenset[str]] = frozenset({
    "dumber", "stupider", "dumb", "stupid", "lazier", "lazy", "slower",
})
MAKES: Final[frozenset[str]] = frozenset({"makes", "make", "made", "making"})
YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
THINGS: Final[frozenset[str]] = frozenset({
    "sugar", "alcohol", "tiktok", "weed", "caffeine", "school", "social", "reels", "tv",
    "porn", "vaping", "booze", "screens", "phones", "media", "insomnia", "stress",
})
NOT_GENERIC: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "your", "youre", "he", "she", "they", "him", "her", "talking",
})
SUBJECT_REACH: Final = 6  # words between the sentence's start and "makes"
