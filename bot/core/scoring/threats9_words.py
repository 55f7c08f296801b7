"""Words of the threats9 round (issue 8, targeting_threats9.py): a veiled threat at the
reader said with luck, the writer's harm held back only by what stops them ("you're
lucky i don't kill you", "ur lucky im not there rn", "lucky for you i dont know where you
live", "sei fortunato che non ti trovo", "ringrazia che non so dove abiti")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- The round's own lines (en/threat.txt, it/threat.txt): the luck and the writer's
# held-back clause opening after it ("lucky i dont", "lucky for you im not", "fortunato
# che non"); counted only in the shape, cancelled out of it.
LUCK_HEADS: Final[tuple[str, ...]] = (
    "lucky", "lucky that", "lucky for you", "lucky for u", "lucky for you that",
    "luckily for you", "luckily for u", "thing for you", "thing for u",
    "thing for you that", "glad", "thankful", "grateful",
)
HELD_BACK: Final[tuple[str, ...]] = (
    "i dont", "i don t", "i do not", "i didnt", "i didn t", "i did not", "i cant",
    "i can t", "i cannot", "i couldnt", "i couldn t", "i aint", "i m not", "im not",
    "i am not", "i wasnt", "i wasn t", "we re not", "were not", "we arent", "we aren t",
)
EN_TERMS: Final[frozenset[str]] = frozenset(
    f"{head} {held}" for head in LUCK_HEADS for held in HELD_BACK
)
IT_TERMS: Final[frozenset[str]] = frozenset({
    "fortunato che non", "fortunata che non", "fortunati che non", "fortunate che non",
    "fortuna tua che non", "ringrazia che non", "ringrazia dio che non",
    "ringrazia il cielo che non", "ringraziate che non", "ringraziate dio che non",
})
OWN_TERMS: Final[frozenset[str]] = EN_TERMS | IT_TERMS

# --- The reader held lucky, right before "lucky" or "fortunato" over INTENSIFIERS and
# the copula: "you're lucky", "ur so lucky", "count yourself lucky", "yall are lucky",
# "you should be grateful", "sei fortunato", "siete fortunati"; never "we're lucky",
# "i'm lucky", "not lucky". Or the reader told to be glad: "be" opening its sentence
# ("be glad i cant find you", "be thankful im not there").
INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "so", "really", "very", "real", "damn", "rly", "soo", "sooo", "proprio", "molto",
    "re", "r", "are", "is", "be", "should", "better", "just", "stato", "stata", "stati",
})
TOLD: Final[str] = "be"
INTENSIFIER_REACH: Final = 4
READERS: Final[frozenset[str]] = frozenset({
    "you", "u", "ur", "youre", "ya", "yall", "yourself", "urself", "yourselves",
    "sei", "siete", "6",
})
# "lucky for you" needs no reader before it; "thing for you" needs "good" ("good thing
# for you i'm not there"); "ringrazia" and "fortuna tua" say their reader themselves.
GOOD: Final[frozenset[str]] = frozenset({"good"})
SELF_HEADED: Final[frozenset[str]] = frozenset({
    "for", "luckily", "ringrazia", "ringraziate", "fortuna",
})

# --- The harm held back, in HARM_REACH tokens after the held-back words: a harm verb
# with the reader right after it (over OBJECT_GAP), knowing where the reader lives, or
# the writer not there (a presence closing the line over TAILS).
HARM_REACH: Final = 7
HARMS: Final[frozenset[str]] = frozenset({
    "kill", "beat", "hit", "punch", "slap", "smack", "stab", "shoot", "hurt", "end",
    "strangle", "choke", "fight", "catch", "find", "reach", "hunt", "murder", "jump",
    "kick", "wreck", "hands",
    "trovo", "becco", "ammazzo", "uccido", "meno", "picchio", "spacco", "prendo",
    "conosco", "sfondo",
})
# Between the harm verb and the reader: "get my hands [on] you", "beat [the shit out of]
# you"; in Italian the reader's clitic comes before the verb ("non [ti] trovo").
OBJECT_GAP: Final[frozenset[str]] = frozenset({"on", "the", "shit", "out", "of", "crap"})
OBJECT_REACH: Final = 4
OBJECTS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "your", "yo", "yall", "urself", "yourself",
})
IT_OBJECTS: Final[frozenset[str]] = frozenset({"ti", "vi"})
# Knowing where the reader lives: "know where you live", "know ur address", "so dove
# abiti".
KNOWS: Final[frozenset[str]] = frozenset({"know", "so", "sappiamo"})
HOMES: Final[frozenset[str]] = frozenset({
    "live", "address", "addy", "stay", "abiti", "vivi", "stai", "abitate", "vivete",
})
# The writer not there: "im not there rn", "we're not in person", "i'm not near you",
# "non sono li"; the line closes on it over TAILS ("... the party is so boring" goes on:
# luck as luck).
PRESENCES: Final[frozenset[str]] = frozenset({
    "there", "near", "nearby", "next", "around", "irl", "person", "room", "city", "town",
    "li", "la", "vicino", "qui",
})
TAILS: Final[frozenset[str]] = frozenset({
    "rn", "right", "now", "lol", "lmao", "bro", "to", "you", "u", "as", "with", "w",
    "same", "the", "in", "your", "ur", "irl", "anymore", "ora", "adesso", "te",
})
TAIL_REACH: Final = 6
# --- Game talk around the line, GAME_REACH tokens either side (not "irl"): "ur lucky i
# didnt have my ult, i would have killed you", "you're lucky i can't hit you from this
# range"; not the shared gaming cues, whose "lol" and "server" are chat's own words.
GAME_WORDS: Final[frozenset[str]] = frozenset({
    "game", "games", "match", "round", "rematch", "respawn", "spawn", "gg", "ranked",
    "map", "ult", "ulti", "main", "aim", "awp", "sniper", "tank", "support", "healer",
    "boss", "raid", "pvp", "lobby", "fortnite", "minecraft", "valorant", "headshot",
    "range", "ammo", "cooldown", "hp", "kd", "team", "teammate", "partita",
})
GAME_REACH: Final = 12
# --- Said of someone else: a report or a saying before the reader in its sentence
# ("she said you're lucky ...", "my mom always says ...", "who says ...").
REPORTS: Final[frozenset[str]] = frozenset({
    "said", "says", "say", "told", "tells", "tell", "saying", "texted", "wrote", "asked",
    "ha", "detto", "dice", "dicono", "scritto",
})
REPORT_REACH: Final = 8
# fmt: on
