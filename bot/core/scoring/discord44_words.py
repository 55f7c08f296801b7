"""Words of the discord44 round (issue 8, targeting_discord44.py): Discord-style lines
aimed at the reader that the older rounds missed: a slang blow to a part of the reader's
body ("we gonna stomp ur head in", "i'll kick ur jaw", "gonna slap ur teeth out"), a
name-call closing a dismissal ("whatever you say nerd", "k clown"), a roast label
("virgin energy", "you give off creep vibes", "main character syndrome ass"); and the
speaker labels of meme dialogue ("me: hey. her: fuck off loser"), a scene retold."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord39_words as d39
from bot.core.scoring import discord40_words as d40
from bot.core.scoring import discord42_words as d42
from bot.core.scoring import discord43_words as d43

# fmt: off
READERS: Final[frozenset[str]] = d42.READERS
OWNERS: Final[frozenset[str]] = frozenset(d42.OWNERS)

# A slang blow to the reader's body: the verb, "ur"/"your"/"yo", maybe one modifier and
# the part; the older rounds asked most verbs for a particle ("kick ur teeth in") or a
# named doer, so "i'll kick ur jaw", "gonna slap ur teeth out" went by.
BLOW_VERBS: Final[frozenset[str]] = frozenset({
    "stomp", "curbstomp", "kick", "slap", "smack", "crack", "bust", "snap", "break",
    "smash", "bash", "punch", "knock", "rip", "beat", "split", "cave", "sock", "deck",
    "rock", "clap", "whoop", "tear", "shatter", "dent",
})
# Parts a blow harms; never "heart" ("i'll break your heart"), "back" or "ass", which
# the older rounds read themselves.
BLOW_PARTS: Final[frozenset[str]] = frozenset({
    "head", "skull", "jaw", "nose", "teeth", "tooth", "face", "neck", "arm", "arms", "leg",
    "legs", "fingers", "ribs", "kneecaps", "knees", "lip", "lips", "mouth", "spine", "eye",
    "eyes", "dome", "tongue", "noggin", "grill", "wig", "melon",
})
PART_MODIFIERS: Final[frozenset[str]] = d39.PART_MODIFIERS
PARTICLES: Final[frozenset[str]] = d42.PARTICLES
PARTICLE_REACH: Final[int] = 2
# The writer's future with the subject dropped: "gonna slap ur teeth out", "finna beat
# ur face in"; only openers before it.
FUTURES: Final[frozenset[str]] = frozenset({
    "gonna", "finna", "boutta", "bouta", "tryna", "bout", "to", "about", "going",
})
FUTURE_REACH: Final[int] = 3
FUTURE_OPENERS: Final[frozenset[str]] = frozenset({
    "bro", "bruh", "ok", "okay", "bet", "nah", "yo", "lol", "lmao", "fr", "keep", "talking",
    "talkin", "and", "say", "again", "one", "more", "word", "dude",
})
OPENER_REACH: Final[int] = 4
BLOW_TAILS: Final[frozenset[str]] = d40.TAILS | d42.TAILS
TAIL_REACH: Final[int] = 4

# A name-call after only a dismissal, the line's whole: "whatever you say nerd", "k
# clown", "ok buddy whatever you say dork", "sure jan, whatever u say clown", "if you say
# so loser".
DISMISSALS: Final[frozenset[str]] = d43.DISMISSALS | frozenset({
    "jan", "buddy", "bud", "pal", "bro", "bruh", "dude", "chief", "champ", "and", "lol",
    "lmao", "yep", "yup", "ight", "alr", "okey", "oki", "right", "suree", "sureee",
})
# The words a dismissal must hold, its core: "k", "ok", "whatever", "sure".
DISMISS_CORES: Final[frozenset[str]] = frozenset({
    "ok", "okay", "k", "kk", "sure", "whatever", "mhm", "alright", "aight", "ight", "alr",
    "okey", "oki", "suree", "sureee", "thing", "story",
})
# "whatever you say": the reader and the verb inside the dismissal.
SAY_READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
SAYS: Final[frozenset[str]] = frozenset({"say", "sayy", "says"})
# The word before the reader: "whatever you say", "if you say so".
SAY_LEADS: Final[frozenset[str]] = frozenset({"whatever", "if"})
DISMISS_REACH: Final[int] = 7
# The name-calls a dismissal throws: the older lexicon's nouns and discord43's words.
NAME_CALLS: Final[frozenset[str]] = d43.VOCATIVES | frozenset({
    "loser", "clown", "bozo", "idiot", "moron", "creep", "freak", "goblin", "dumbass",
    "weirdo", "dork", "nerd", "incel", "virgin", "simp", "dweeb", "twat", "dipshit",
    "cringelord", "npc", "stupid", "retard", "fool", "tool", "jackass", "donkey", "muppet",
})
NAME_TAILS: Final[frozenset[str]] = d43.VOCATIVE_TAILS

# A roast label: a roast word and a head ("virgin energy", "creep vibes"), the line's
# verdict, or the reader giving it off ("you give off creep vibes", "ur giving loser
# vibes"); "main character syndrome" with the reader before or a roast's tail after.
ROASTS: Final[frozenset[str]] = d43.ROASTS | frozenset({
    "freak", "loser", "weirdo", "nerd", "stalker", "pervert", "perv", "incel",
})
LABEL_HEADS: Final[frozenset[str]] = frozenset({
    "energy", "vibes", "vibe", "aura", "behavior", "behaviour", "ahh",
})
# One word between the roast and its head: "creepy uncle vibes", "loser kid energy".
LABEL_FILLERS: Final[frozenset[str]] = frozenset({
    "uncle", "kid", "guy", "dude", "ass", "loser", "neckbeard", "redditor", "basement",
})
# Words that may stand before the label, its line's own opening: "major virgin energy",
# "so much loser energy", "you give off creep vibes", "ur giving weirdo vibes".
LABEL_OPENERS: Final[frozenset[str]] = d43.COMPOUND_OPENERS | frozenset({
    "major", "strong", "big", "huge", "much", "mad", "heavy", "serious", "total", "giving",
    "give", "gives", "gave", "off", "got", "have", "ve", "has", "re", "r", "are", "the",
    "most", "biggest", "insane", "crazy", "some", "very", "hella", "ultimate", "just",
})
LABEL_REACH: Final[int] = 6
LABEL_TAILS: Final[frozenset[str]] = d43.COMPOUND_TAILS | frozenset({
    "type", "beat", "energy", "behavior", "behaviour", "vibes", "much", "fr", "ngl",
})
# "main character syndrome" with the reader before it ("you got main character
# syndrome") or a roast's tail after it ("main character syndrome ass").
SYNDROME_TERMS: Final[frozenset[str]] = frozenset({"main character syndrome"})
SYNDROME_TAILS: Final[frozenset[str]] = frozenset({
    "ass", "ahh", "behavior", "behaviour", "energy", "type", "vibes", "much",
})
# The round's lexicon lines: "virgin" as a roast label's word (the bare "virgin" stays
# profanity) and "main character syndrome".
LABEL_TERMS: Final[frozenset[str]] = frozenset(
    f"virgin {head}" for head in ("energy", "vibes", "vibe", "aura", "behavior", "behaviour", "ahh")
)

# Meme dialogue: a speaker's label, a word and a colon opening a turn ("me: hey. her: fuck
# off loser", "mom: clean your room. me: shut up idiot"): a scene retold, aimed at the
# people in it, not the reader. The writer's own label and a third party's both needed;
# "you:" keeps the line as it was ("me: hey. you: stfu loser").
WRITER_LABELS: Final[frozenset[str]] = frozenset({"me", "myself", "i"})
THIRD_LABELS: Final[frozenset[str]] = frozenset({
    "him", "her", "he", "she", "they", "them", "mom", "mum", "mommy", "mother", "ma", "dad",
    "daddy", "father", "pops", "teacher", "boss", "sister", "sis", "brother", "bf", "gf",
    "boyfriend", "girlfriend", "crush", "coach", "manager", "friend", "bestie", "cat",
    "dog", "cousin", "grandma", "grandpa", "nan", "granny", "prof", "professor",
    "customer", "coworker", "ex", "wife", "husband", "son", "daughter", "parents",
    "landlord", "cashier", "doctor", "stranger", "siri", "alexa", "chatgpt", "karen",
    "classmate", "neighbor", "neighbour", "roommate", "uncle", "aunt", "waiter", "bestfriend",
})
READER_LABELS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall"})
# "my sister:", "my mom:": the owner before a label.
LABEL_OWNERS: Final[frozenset[str]] = frozenset({"my", "the", "his", "her", "our"})
# How far the rule looks back from a hit for its turn's label, and for the other label.
TURN_REACH: Final[int] = 14
SCENE_REACH: Final[int] = 24
# Marks in the gap before a label that open a turn without a stop: "me: *exists* my
# sister: ...", "(...) me: ...".
TURN_MARKS: Final[str] = "*)]"

OWN_TERMS: Final[frozenset[str]] = LABEL_TERMS | SYNDROME_TERMS
# fmt: on
