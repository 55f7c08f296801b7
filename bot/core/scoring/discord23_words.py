"""Word lists of the discord23 round (targeting_discord23.py): a member's lack said with
chat's "bro" for them, the reader's father said to have left them, and the older jabs'
words used as a name or in a comparison."""

from __future__ import annotations

from typing import Final

# fmt: off
# The lexicon's discord23 lines of a lack ("has no friends"), read only with chat's name
# for a member as the subject: "bro has no friends", "blud has no life".
LACKS: Final[frozenset[str]] = frozenset({
    "has no friends", "has no life", "got no friends", "got no life", "has zero friends",
    "has no rizz", "got no rizz", "has no social life",
})
# Chat's names for a member spoken of in the third person ("bro has no life" is said of
# the reader or of someone in the room), opening the sentence.
BRO_SUBJECTS: Final[frozenset[str]] = frozenset({
    "bro", "blud", "bruh", "broski", "homie", "buddy", "dude", "lilbro",
})
# Two-word names of the same kind: "lil bro has no rizz", "this guy has no life".
BRO_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("lil", "bro"), ("little", "bro"), ("this", "guy"), ("this", "dude"), ("this", "kid"),
    ("this", "clown"), ("lil", "bud"),
})
# Adverbs between the subject and the lack: "bro really has no friends".
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "literally", "actually", "lowkey", "genuinely", "clearly", "def",
    "definitely", "prolly", "probably", "just", "obviously", "fr", "deadass", "still",
})

# Between chat's "bro" and a looks or an insult word: the copula, then at most two
# intensifiers ("bro is so ugly", "bro s lowkey fat").
BRO_COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "be"})
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "soo", "sooo", "really", "rly", "lowkey", "kinda", "hella", "mad", "actually",
    "literally", "just", "too", "deadass", "genuinely", "straight", "ugly", "extra",
})
# After the word, tags that may close the line beside discord18's: "bro is ugly af".
BRO_TAGS: Final[frozenset[str]] = frozenset({"af", "asf", "asl", "ash", "fr", "icl", "lowkey"})

# The lexicon's discord23 lines of the reader's father gone ("ur dad left u").
LEFT: Final[frozenset[str]] = frozenset({
    "your dad left you", "ur dad left you", "your father left you", "ur father left you",
    "your dad abandoned you", "ur dad abandoned you", "your dad never came back",
    "ur dad never came back", "tuo padre ti ha abbandonato", "tuo padre ti ha abbandonata",
    "tuo padre non è mai tornato", "tuo padre non è più tornato",
})
# After "left you": a thing left for the reader, an errand: "ur dad left u a note",
# "your dad left you some pizza".
LEFT_THINGS: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "some", "his", "her", "money", "cash", "something", "smth", "food",
    "pizza", "dinner", "lunch", "keys", "stuff", "message", "msg", "note", "voicemail",
    "text", "two", "three", "alone", "here", "at", "with", "in", "on", "by",
})
# After "never came back": the errand's own course ("ur dad never came back to get
# his jacket", "your dad never came back inside, is he ok?", "tuo padre non è mai
# tornato a prenderti").
CAME_BACK_ON: Final[frozenset[str]] = frozenset({
    "to", "in", "inside", "online", "here", "yet", "downstairs", "upstairs", "after",
    "until", "till", "when", "and", "a", "ieri", "stasera", "oggi", "quando", "e",
})
# The last words of the lines of coming back, read with CAME_BACK_ON.
CAME_BACK: Final[frozenset[str]] = frozenset({"back", "tornato"})

# The older jabs that the round reads as a name or a comparison.
GRASS: Final[frozenset[str]] = frozenset({
    "touch grass", "touch some grass", "go touch grass",
})
# After "touch grass": a noun it names ("touch grass achievement", "my touch grass era").
GRASS_NAMED: Final[frozenset[str]] = frozenset({
    "achievement", "challenge", "day", "days", "era", "arc", "moment", "season",
    "speedrun", "simulator", "mode", "update", "event", "trip", "session", "break",
    "energy", "vibes", "club", "award", "badge", "emote", "meme", "role", "channel",
    "plan", "plans", "goals", "weekend", "walk",
})
# Before it: a determiner, so a name ("my touch grass era", "the touch grass event").
GRASS_DETERMINERS: Final[frozenset[str]] = frozenset({
    "my", "a", "the", "this", "our", "that", "his", "her", "their",
})
HARDER: Final[frozenset[str]] = frozenset({"cry harder", "cope harder", "seethe harder"})
# "cry harder than me at the finale": a comparison, within a few words.
THAN: Final = "than"
THAN_REACH: Final = 6
# fmt: on

OWN_TERMS: Final[frozenset[str]] = LACKS | LEFT
