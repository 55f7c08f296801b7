"""Words of the threats17 round (issue 8, targeting_threats17.py): a veiled threat at the
reader through the screen, the screen or the distance lifted by a condition or a wish,
then the reader's doom or the writer's blow at the reader ("if this wasnt the internet
you'd be dead", "if we were irl i'd punch you", "wish i could punch you through the
screen")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import threats11_words as w11
from bot.core.scoring import threats12_words as w12

# fmt: off
# --- The condition or the wish that opens the lifted screen: "[if] this wasnt online",
# "[if] i could reach through the screen", "[wish] i could reach through the screen".
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "wish"})
# Its subject, at most SUBJECT_REACH tokens: "if [this] wasnt", "if [it] wasnt for",
# "if [we] were irl", "if [only] this was real life".
SUBJECTS: Final[frozenset[str]] = frozenset({"this", "it", "we", "that", "only"})
SUBJECT_REACH: Final = 2

# --- The screen denied: a verb of being negated, then a screen word after at most
# FILLER_REACH fillers ("wasnt [the] internet", "wasnt [for the] internet", "wasnt [on
# the] internet", "wasnt [a] chat room", "werent online", "wasnt twitter").
DENIED_BEING: Final[tuple[tuple[str, ...], ...]] = (
    ("wasnt",), ("wasn", "t"), ("was", "not"), ("werent",), ("weren", "t"), ("were", "not"),
    ("isnt",), ("isn", "t"), ("is", "not"),
)
SCREENS: Final[frozenset[str]] = frozenset({
    "internet", "online", "screen", "screens", "discord", "twitter", "reddit", "instagram",
    "insta", "tiktok", "chat", "chatroom", "phone", "monitor", "computer", "pc", "web",
    "net", "text", "texting", "keyboard", "laptop", "app", "snapchat", "whatsapp",
    "facebook", "youtube", "twitch", "telegram", "messenger", "skype", "xbox", "psn",
})
# Words a screen may go on with: "a chat [room]", "discord [chat]".
SCREEN_TAILS: Final[frozenset[str]] = frozenset({"room", "chat", "app", "server"})
# --- Real life said: a verb of being, then a word of presence after the fillers ("was
# irl", "were [in] real life", "was [in] person", "were offline", "was face to face").
BEING: Final[frozenset[str]] = frozenset({"was", "were", "wer", "wuz", "is"})
REAL: Final[frozenset[str]] = frozenset({
    "irl", "real", "reality", "person", "offline", "face",
})
# Words real life may go on with: "real [life]", "face [to face]".
REAL_TAILS: Final[frozenset[str]] = frozenset({"life", "to", "face"})
FILLERS: Final[frozenset[str]] = frozenset({
    "for", "on", "over", "in", "the", "a", "an", "this", "my", "just", "only", "stupid",
})
FILLER_REACH: Final = 3
TAIL_REACH: Final = 2

# --- The writer reaching through the screen: "i [could] [reach] [through] [the] screen",
# over ADVERBS ("i could [just] reach", "i could [ever] get").
WRITER: Final[str] = "i"
ABLE: Final[frozenset[str]] = frozenset({"could", "can", "cud"})
ADVERBS: Final[frozenset[str]] = frozenset({"just", "ever", "only", "somehow", "actually"})
REACHES: Final[frozenset[str]] = frozenset({
    "reach", "get", "climb", "crawl", "come", "jump", "go", "punch", "grab",
})
THROUGH: Final[frozenset[str]] = frozenset({"through", "thru", "thro"})

# --- Between the lifted screen and the harm, at most BRIDGE_REACH tokens: the writer and
# the auxiliaries of the blow ("i'd", "i would", "id just"), "and", "then" ("wish i could
# reach through the screen [and] punch you"). "never", "wouldnt" are none of them.
BRIDGE: Final[frozenset[str]] = w12.WRITERS | w12.AUXILIARIES | ABLE | frozenset({
    "and", "then", "so",
})
BRIDGE_REACH: Final = 4
# How far back the condition may stand before the harm, in its sentence.
CONDITION_REACH: Final = 16
# The doer read back from a blow said before the condition: "i'd punch you if ...", "wish
# i could punch you through the screen".
DOER_WORDS: Final[frozenset[str]] = w12.AUXILIARIES | ABLE
DOER_REACH: Final = 3
# --- The harm closes the message, over chat's tails (threats11's and threats12's, and
# the doom's "meat", at most CLOSE_REACH: "... rn", "... so hard", "... dead meat"):
# "you'd be dead, that fall was huge" and "i'd beat you at chess" go on.
TAILS: Final[frozenset[str]] = w11.TAILS | w12.TAILS | frozenset({"meat"})
CLOSE_REACH: Final = 4
# fmt: on
