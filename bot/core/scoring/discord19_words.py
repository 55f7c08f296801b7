"""Words of the discord19 round (issue 8): Discord chat shapes read by
targeting_discord19.py."""

from __future__ import annotations

from typing import Final

# fmt: off
# A member kept out or kicked, then a kind reason in the next clause: "dont invite him,
# he's busy tonight", "kick him from the vc, his mic is echoing", "remove him from the
# gc, he asked to leave". The clause opens with the member and names an excuse within a
# few words; "dont invite him, he's weird" gives a jab, no excuse.
MEMBERS: Final[frozenset[str]] = frozenset({
    "he", "she", "hes", "shes", "his", "her", "they", "theyre", "their", "lui", "lei",
})
EXCUSES: Final[frozenset[str]] = frozenset({
    "busy", "asleep", "sleeping", "sick", "ill", "away", "vacation", "holiday", "work",
    "working", "afk", "asked", "mic", "lagging", "offline", "grounded", "studying",
    "echoing", "broken", "travelling", "traveling", "exams", "exam", "break", "leave",
    "left", "quit", "dinner", "shift", "trip", "hospital", "requested", "wants",
    "occupato", "occupata", "malato", "malata", "vacanza", "lavoro", "chiesto",
})
# A question jab, then a patient tail: "are u slow? no worries ill wait", "r u slow? take
# ur time". The tail's first two words; "are u slow? hurry up" stays a jab.
PATIENT_TAILS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("no", "worries"), ("no", "rush"), ("take", "ur"), ("take", "your"), ("ill", "wait"),
    ("i", "can"), ("its", "ok"), ("it", "s"), ("its", "fine"), ("all", "good"),
    ("no", "problem"), ("np", "ill"), ("dont", "worry"), ("don", "t"), ("we", "can"),
})
PATIENT_WORDS: Final[frozenset[str]] = frozenset({"np", "nw", "nbd"})
# An archetype exclaimed, then the person it names placed in a clip: "what a karen lmao,
# the lady in the video i mean", "what a karen, the one from the tiktok".
MEDIA: Final[frozenset[str]] = frozenset({
    "video", "vid", "tiktok", "clip", "meme", "episode", "show", "movie", "post", "reel",
    "stream", "reddit", "thread", "tweet", "article", "story", "news", "youtube", "yt",
})
# "i have ur address", then a delivery: "sending the package tmrw", "the invite is
# coming in the mail"; "i have ur address, see u soon" names none.
DELIVERIES: Final[frozenset[str]] = frozenset({
    "package", "parcel", "gift", "gifts", "invite", "invitation", "card", "mail", "delivery",
    "shipping", "ship", "letter", "present", "order", "postcard", "merch", "amazon",
})
ADDRESS_TERMS: Final[frozenset[str]] = frozenset({"i have your address"})
# The room named between the member and the pause: "kick him from the group chat, ...".
ROOM_EXTRA: Final[frozenset[str]] = frozenset({"from", "out", "of", "tonight", "today"})
ROOM_REACH: Final = 6
TAIL_REACH: Final = 6  # words of the next clause read for an excuse, a clip or a delivery
PAUSE_REACH: Final = 3  # chat tags between the words and the pause that ends them
# "can we kick her already", "can someone ban him pls", "can we just remove her": the
# room asks itself to kick a member, the line said whole.
ROOM_ASKS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("can", "we"), ("can", "someone"), ("can", "somebody"), ("can", "u"), ("can", "you"),
    ("could", "we"), ("could", "someone"), ("can", "yall"), ("cant", "we"),
    ("pls", "someone"), ("someone", "pls"), ("someone", "please"),
})
ASK_FILLERS: Final[frozenset[str]] = frozenset({"just", "pls", "please", "plz", "finally"})
KICK_TAILS: Final[frozenset[str]] = frozenset({
    "already", "pls", "plz", "please", "lol", "lmao", "out", "rn", "now", "asap", "fr",
    "ngl", "bro", "istg", "omg", "finally", "ffs",
})
# The lexicon's member terms of this round, the member inside the term: "lets all leave
# when she joins", "cacciamola dal gruppo". Read as said of that member when the older
# rules found no one; the kind reason above still clears them.
MEMBER_TERMS: Final[frozenset[str]] = frozenset({
    "leave when he joins", "leave when she joins", "dip when he joins", "dip when she joins",
    "cacciamola dal", "cacciamolo dal",
})
# "just disappear" sent whole, opening its sentence (maybe after one opener): "just
# disappear", "bro just disappear lol". "i just disappear when im sad" is the writer's,
# "just disappear into the bush" a game's move.
SEND_OFFS: Final[frozenset[str]] = frozenset({"just disappear"})
OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "pls", "please", "plz", "ok", "okay", "lol", "dude", "yo", "so", "and", "man",
    "kid", "omg", "like",
})
# "stay single incel", "stay mad simp": a bare archetype closing an order that opens its
# sentence a few words before, a vocative at the reader. "stay away from that incel" has a
# determiner before it, "go watch the incel episode" goes on.
VOCATIVES: Final[frozenset[str]] = frozenset({"incel", "simp"})
ORDERS: Final[frozenset[str]] = frozenset({
    "stay", "go", "keep", "get", "stop", "cry", "cope", "seethe", "quit", "touch", "grow",
    "sit", "log",
})
NOT_VOCATIVE: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "that", "this", "from", "with", "like", "of", "my", "his", "her",
    "your", "ur", "to", "for", "some", "their", "our", "any",
})
ORDER_REACH: Final = 3  # words between the order and the vocative
