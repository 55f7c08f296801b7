"""Words of the chat12 round (issue 8, targeting_chat12.py): a look at the reader's body
asked for in chat and DMs: a picture, a video, a cam or a sight of the reader's body or
a body part ("send me pics of ur body", "show me your body", "send me a pic of ur feet"),
of the reader naked or in underwear ("i wanna see you naked", "send me a pic of you in
your bra", "can i see you without clothes"), or the reader's clothes off for the writer
("take off your clothes for me", "take ur shirt off on cam")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39

# fmt: off
# --- This round's own lines (en/sexual_harassment.txt), read only by its rules.
# The reader's body or a body part: "send me pics of ur body", "show me your feet"
# (not "legs": discord39's "chop your legs off" reads them).
BODY_TERMS: Final[frozenset[str]] = frozenset({
    "your body", "ur body", "your feet", "ur feet", "your butt", "ur butt", "your thighs",
    "ur thighs", "your chest", "ur chest",
})
# The reader naked, in underwear or in the shower: "i wanna see you naked", "a pic of
# you in your bra", "a video of u in the shower", "you without clothes".
READER_BARE_TERMS: Final[frozenset[str]] = frozenset({
    "you naked", "u naked", "ya naked", "you nude", "u nude",
})
BARE_TERMS: Final[frozenset[str]] = READER_BARE_TERMS | frozenset({
    "in your underwear", "in ur underwear", "in your bra", "in ur bra",
    "in your bikini", "in ur bikini", "in your panties", "in ur panties",
    "you in the shower", "u in the shower",
    "without clothes", "without your clothes", "without ur clothes",
})
# The reader's clothes off: "take off your clothes for me", "take ur shirt off on cam".
OFF_TERMS: Final[frozenset[str]] = frozenset({
    "your clothes off", "ur clothes off", "your shirt off", "ur shirt off",
    "your bra off", "ur bra off", "off your clothes", "off ur clothes", "off your shirt",
    "off ur shirt", "off your bra", "off ur bra",
})

# --- The look asked for: a picture, a video, a cam or a sight, in the LOOK_REACH words
# before the term in its sentence ("send me a pic of ur feet", "let me see your body",
# "hop on cam and show me ur body").
LOOK_REACH: Final[int] = 8
LOOKS: Final[frozenset[str]] = frozenset({
    "send", "sned", "snd", "show", "see", "pic", "pics", "picture", "pictures", "pix",
    "photo", "photos", "pict", "vid", "vids", "video", "videos", "selfie", "selfies",
    "snap", "snaps", "cam", "webcam", "facetime", "camera",
})
# The clothes off for the writer without a look word: "for me" or a cam right after.
FOR_ME_REACH: Final[int] = 4
FOR_ME: Final[frozenset[str]] = frozenset({"me", "cam", "webcam", "camera", "facetime"})

# The reader asked whether they are naked, right before "you naked" (the question
# targeting_reader reads of "naked" alone): "are you naked", "r u naked rn".
ARE: Final[frozenset[str]] = frozenset({"are", "r", "re"})

# --- Who asks: the writer or the reader stands before the term ("send me", "can u
# send", "i wanna see", "lemme see"), or the look word opens its sentence over openers
# ("send a pic of ur body pls", "show me ur body").
US: Final[frozenset[str]] = frozenset({
    "i", "me", "you", "u", "ya", "im", "ima", "id", "ill", "lemme", "gimme", "wanna",
    "let", "lets", "we", "us",
})
LEADS: Final[frozenset[str]] = frozenset({
    "now", "just", "please", "pls", "plz", "come", "and", "so", "ok", "okay", "baby",
    "babe", "hey", "then", "go", "hop", "get", "on", "turn", "ur", "your", "quick",
})
LEAD_REACH: Final[int] = 5

# --- What may close the clause after the term (at most TAIL_REACH words): "show me ur
# body on cam", "send a pic of ur body pls", "lemme see ur body rn";
# "your body transformation progress" and "to strangers" go on.
TAIL_REACH: Final[int] = 4
TAILS: Final[frozenset[str]] = frozenset({
    "now", "rn", "tonight", "baby", "babe", "please", "pls", "plz", "already", "right",
    "so", "for", "me", "again", "sexy", "hun", "honey", "girl", "boy", "lol", "haha",
    "xd", "on", "cam", "webcam", "camera", "video", "facetime", "snap", "snapchat",
    "quick", "real", "too", "ok", "okay", "k", "just", "once", "bro", "pretty", "cutie",
    "hot",
})

# --- Not asked: a negation before the term in its sentence ("never send pics of your
# body", "i don't want to see you naked"), or a report of someone else's asking before
# the look ("he keeps telling me to send pics", "someone asked me to send a pic").
NEGATORS: Final[frozenset[str]] = d39.NEGATORS
REPORTERS: Final[frozenset[str]] = d39.SAYING | frozenset({
    "asked", "asks", "asking", "keeps", "kept", "wanted", "wants", "dmd", "dm", "dms",
    "messaged", "texts", "texting",
})
GUARD_REACH: Final[int] = 10
# fmt: on

OWN_TERMS: Final[frozenset[str]] = BODY_TERMS | BARE_TERMS | OFF_TERMS
