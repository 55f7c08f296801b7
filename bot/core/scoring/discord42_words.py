"""Words of the discord42 round (issue 8, targeting_discord42.py): Discord-style threats
and shut-outs in chat slang that the older lines missed: the writer's slang blow with the
reader's body part as its object ("i'll stomp ur ass into the ground", "imma rock ur
jaw", "ima dome u", "imma drag u by ur hair", "i'll slap the shit outta you"), a fight
offered ("bet, square up", "run the fade", "1v1 me irl") and the reader shut out of the
writer's messages or not wanted to be heard ("get out of my dms", "nobody wants to hear
from you")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord40_words as d40

# fmt: off
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
OWNERS: Final[tuple[str, ...]] = ("your", "ur", "yo")

# The writer's slang blow to a part of the reader's body: "imma rock ur jaw", "i'll
# stomp ur ass into the ground", "i'll clap yo face". discord39's verbs keep its own
# reading of its parts ("punch your face", "kick ur teeth in").
BLOW_VERBS: Final[frozenset[str]] = frozenset({
    "stomp", "curbstomp", "rock", "clap", "drag", "slap", "smack", "whoop", "whup", "sock",
    "deck", "dome", "smash", "punch", "kick", "crack", "cave", "split", "knock", "bash",
})
PARTS: Final[frozenset[str]] = frozenset({
    "ass", "arse", "butt", "jaw", "face", "head", "teeth", "skull", "nose", "mouth",
    "lights", "dome", "shit",
})
# "ur shit" is the body only after these: "i'll rock ur shit", never "i'll kick ur shit".
SHIT_VERBS: Final[frozenset[str]] = d40.SHIT_VERBS
# Verbs whose blow reads past a word before the part: "i'll whoop your lil ass".
MODIFIED_VERBS: Final[frozenset[str]] = frozenset({"whoop", "whup", "stomp"})
MODIFIERS: Final[frozenset[str]] = d40.ASS_MODIFIERS | d39.PART_MODIFIERS
# The part's particles before the tails: "stomp ur head in", "knock ur teeth out".
PARTICLES: Final[frozenset[str]] = d40.BLOW_PARTICLES | d39.PARTICLES
# Dragged across a place: "i'll drag ur ass across the floor"; never "drag you across
# the finish line".
DRAG_PATHS: Final[frozenset[str]] = frozenset({"across", "through", "along", "down", "thru"})
DRAG_PLACES: Final[frozenset[str]] = frozenset({
    "floor", "street", "streets", "parking", "lot", "pavement", "concrete", "ground",
    "dirt", "mud", "gravel", "road", "hallway", "hall", "sidewalk", "asphalt", "glass",
})
DRAG_REACH: Final[int] = 4
# Dragged out of doors: "i'll drag you outside"; a bare "i'll drag you" may be a roast.
DRAG_OUT: Final[frozenset[str]] = frozenset({"outside", "outta", "out"})
# Dragged by a part: "imma drag u by ur hair".
GRIPS: Final[frozenset[str]] = frozenset({
    "hair", "neck", "collar", "hoodie", "throat", "ears", "ear", "feet", "legs", "hood",
    "ankles", "braids", "shirt",
})
GRIP_OWNERS: Final[frozenset[str]] = frozenset({"your", "ur", "yo", "the"})
# Verbs that are a blow with the reader alone after them, new to the older rounds.
READER_BLOWS: Final[frozenset[str]] = frozenset({"dome", "drag"})
# "i'll slap the shit outta you": the verbs before the idiom.
SHIT_OUT_VERBS: Final[frozenset[str]] = frozenset({
    "slap", "smack", "beat", "knock", "kick", "punch", "whoop", "whup", "stomp", "choke",
    "rock", "sock", "clap",
})
SHIT_OUT_TERMS: Final[frozenset[str]] = frozenset({"the shit outta", "the shit out of"})
# Older lines of these shapes keep their own reading.
_OLDER: Final[frozenset[str]] = frozenset({
    "kick ur ass", "kick your ass", "kick yo ass", "smash your face", "stomp ur", "stomp yo",
    "stomp your", "whoop ur", "whoop yo", "whup ur", "whup yo", "whoop ur ass",
    "whoop yo ass", "whoop your ass", "whup your ass",
})
BLOW_TERMS: Final[frozenset[str]] = (frozenset(
    f"{verb} {owner} {part}" for verb in BLOW_VERBS for owner in OWNERS for part in PARTS
    if (part != "shit" or verb in SHIT_VERBS)
    and (part not in d39.BODY_PARTS or f"{verb} {owner}" not in d39.BODY_TERMS)
) | frozenset(
    f"{verb} {owner}" for verb in MODIFIED_VERBS for owner in OWNERS
) | frozenset(
    f"{verb} {reader}" for verb in READER_BLOWS for reader in READERS
)) - _OLDER

# A fight offered: "bet, square up", "run me the fade", "1v1 me irl".
FADE_TERMS: Final[frozenset[str]] = frozenset({"the fade", "da fade", "tha fade"})
FADE_VERBS: Final[frozenset[str]] = frozenset({"run", "throw", "running", "runnin"})
# The fade's taker between: "run [me] the fade".
FADE_TAKERS: Final[frozenset[str]] = frozenset({"me", "us", "it"})
# "1v1" is read as the letters "ivi" (lexicon.py folds digits), so its lines are written
# as read.
IRL_TERMS: Final[frozenset[str]] = frozenset(
    f"{verb} me {place}" for verb in ("ivi", "fight", "box", "scrap")
    for place in ("irl", "outside")
) - frozenset({"fight me outside"})
# Words that may open the offer's sentence, across a pause: "bet, square up", "ok then,
# run the fade", "let's run the fade".
OPENERS: Final[frozenset[str]] = d40.OFFER_OPENERS | frozenset({
    "ight", "alr", "alright", "yea", "yeah", "yep", "k", "kk", "fine", "bruh", "dude",
    "let", "s", "lets", "nah", "come", "on", "cmon", "pussy", "coward", "say", "less",
})
OPENER_REACH: Final[int] = 4
# Chat's tails that leave the offer or the shut-out said whole: "square up then", "get
# out of my dms creep".
TAILS: Final[frozenset[str]] = d40.TAILS | frozenset({
    "then", "coward", "pussy", "creep", "weirdo", "freak", "perv", "pervert", "stalker",
    "already", "pls", "please", "anymore", "ever", "again", "tho", "though", "fag",
    "loser", "clown", "bozo", "idiot", "weirdos", "creeps",
})
TAIL_REACH: Final[int] = 4

# The reader shut out of the writer's messages: "get out of my dms", "stay outta my inbox".
PLACES: Final[frozenset[str]] = frozenset({
    "dms", "dm", "inbox", "mentions", "pms", "pm", "notifs", "comments",
})
SHUT_TERMS: Final[frozenset[str]] = frozenset(
    f"{lead} my {place}" for lead in ("out of", "outta", "out", "outa")
    for place in PLACES
)
SHUT_VERBS: Final[frozenset[str]] = frozenset({"get", "stay", "keep", "gtfo", "git"})
SHUT_OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "dude", "pls", "please", "just", "yo", "now", "ok", "okay", "and", "so",
    "lol", "lmao", "ew", "eww", "ugh", "omg", "nah", "girl", "man", "fr", "go", "srsly",
    "seriously", "creep", "weirdo", "freak", "stfu",
})

# The reader not wanted to be heard: "nobody wants to hear from you", "no one wants to
# hear your voice".
HEAR_TERMS: Final[frozenset[str]] = frozenset(
    f"{subject} {want} hear {what}"
    for subject in ("nobody", "no one", "noone", "no body")
    for want in ("wants to", "want to", "wanna", "wants ta")
    for what in ("from", *OWNERS)
)
HEARD: Final[frozenset[str]] = frozenset({
    "voice", "opinion", "opinions", "take", "takes", "yapping", "yappin", "whining",
    "crying", "bs", "nonsense", "bullshit", "rambling", "excuses", "thoughts", "input",
    "complaining", "story", "stories", "shit", "crap", "mouth",
})
HEARD_MODIFIERS: Final[frozenset[str]] = d39.PART_MODIFIERS | frozenset({
    "annoying", "whiny", "squeaky", "loud", "cringe", "stupid", "dumb", "shitty",
    "trash", "garbage", "bad", "hot", "sob", "sad", "nasal", "irritating", "high",
    "pitched", "dogshit",
})
HEAR_OPENERS: Final[frozenset[str]] = frozenset({
    "literally", "honestly", "genuinely", "like", "bro", "bruh", "dude", "lol", "lmao",
    "and", "so", "just", "fr", "ngl", "tbh", "srsly", "seriously", "cuz", "cause",
    "because", "bc", "stfu", "ok", "okay", "yeah", "yea", "man", "girl", "babe", "actually",
    "frankly", "sorry", "but", "shut", "up", "stop", "talking", "i", "swear", "think",
    "mean", "guarantee", "promise",
})

OWN_TERMS: Final[frozenset[str]] = (
    BLOW_TERMS | SHIT_OUT_TERMS | FADE_TERMS | IRL_TERMS | SHUT_TERMS | HEAR_TERMS
)
