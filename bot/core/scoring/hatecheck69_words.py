"""Words of the hatecheck69 round (issue 8, targeting_hatecheck69.py): violence called for
or promised against a named group's places and gatherings, said as an order, a call on
someone, a wish or a fate the place should meet ("burn the mosque down", "someone should
firebomb the synagogue", "shoot up the gay bar", "every mosque should be bombed", "i'd
love to see every synagogue in flames")."""

from __future__ import annotations

from typing import Final

# fmt: off
# --- This round's own lines (en/identity_attack.txt): a place or gathering named by its
# group, cancelled outside the round's shapes.
OWN_TERMS: Final[frozenset[str]] = frozenset({
    "gay bar", "gay bars", "gay club", "gay clubs", "gay nightclub", "gay nightclubs",
    "gay wedding", "gay weddings", "pride parade", "pride parades", "pride march",
    "pride marches", "pride event", "pride festival", "refugee camp", "refugee camps",
    "refugee shelter", "refugee shelters", "refugee centre", "refugee center",
    "refugee centres", "refugee centers", "migrant camp", "migrant camps",
    "migrant shelter", "migrant shelters", "asylum hotel", "asylum hotels",
    "black church", "black churches", "jewish school", "jewish schools",
})
# The places of worship italian37's lines already hold, read in the same shapes; out of
# them their older readings stay.
WORSHIP_TERMS: Final[frozenset[str]] = frozenset({
    "mosque", "mosques", "synagogue", "synagogues",
})
PLACE_TERMS: Final[frozenset[str]] = OWN_TERMS | WORSHIP_TERMS
# --- Before the place: its determiners ("the", "that", "every single", "all of their").
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "that", "this", "those", "these", "every", "each", "all", "any", "a", "their",
    "your", "ur", "single", "of", "local", "nearest", "next", "whole", "fucking", "damn",
})
DET_REACH: Final[int] = 4
# --- The order: the violent verb (or verb and particle) right before the determiners.
VERB_RUNS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("burn",), ("burns",), ("torch",), ("torches",), ("bomb",), ("bombs",),
    ("firebomb",), ("firebombs",), ("nuke",), ("nukes",), ("raze",), ("razes",),
    ("gas",), ("burn", "down"), ("burns", "down"), ("blow", "up"), ("blows", "up"),
    ("shoot", "up"), ("shoots", "up"), ("set", "fire", "to"), ("sets", "fire", "to"),
    ("set", "alight"),
})
VERB_RUN_LENGTH: Final[int] = 3
# A verb whose particle comes after the place: "set the synagogue on fire", "blow the
# mosque up"; the tail right after the place.
TAILED_VERBS: Final[frozenset[str]] = frozenset({"set", "sets", "blow", "blows"})
VERB_TAILS: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("on", "fire"), ("alight",), ("ablaze",), ("up",),
})
TAIL_LENGTH: Final[int] = 2
# --- Before the verb, opening its sentence: the writer's or someone's call, urging or
# promise ("someone should", "we need to", "let's go", "i hope someone", "i'm gonna").
SUBJECTS: Final[frozenset[str]] = frozenset({
    "someone", "somebody", "we", "you", "u", "i", "people", "y", "all",
})
# "they" is called on only by an urging ("they should bomb the refugee camps", "i hope
# they torch ..."); "they want to burn the mosque down" reports their plan.
THEY: Final[str] = "they"
URGES: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "gotta", "ought", "let", "lets", "hope", "wish",
    "time", "go",
})
CALLS: Final[frozenset[str]] = URGES | frozenset({
    "will", "ll", "gonna", "going", "wanna", "want", "d", "im", "ill", "imma", "ima",
    "shall", "wait",
})
CALL_LEADS: Final[frozenset[str]] = SUBJECTS | CALLS | frozenset({
    THEY,
    "just", "to", "s", "us", "m", "am", "really", "please", "pls", "plz", "now", "and",
    "finally", "honestly", "seriously", "it", "is", "its", "can", "t", "cant", "would",
    "has", "have", "already", "one", "day", "someday", "better",
})
CALL_REACH: Final[int] = 7
# --- The fate after the place: a modal and "be"/"get" before a participle ("should be
# burned", "needs to be torched", "deserves to get bombed"), or a modal before a bare
# verb ("every mosque should burn").
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "need", "needs", "deserve", "deserves", "ought", "has", "have",
    "gotta",
})
FATE_RUN: Final[frozenset[str]] = MODALS | frozenset({
    "to", "all", "just", "really", "be", "get", "gets", "getting", "totally",
})
BE_WORDS: Final[frozenset[str]] = frozenset({"be", "get"})
FATE_RUN_REACH: Final[int] = 5
PARTICIPLES: Final[frozenset[str]] = frozenset({
    "burned", "burnt", "bombed", "torched", "firebombed", "nuked", "razed", "gassed",
    "blown", "shot", "attacked", "destroyed", "levelled", "leveled",
})
BARE_FATES: Final[frozenset[str]] = frozenset({"burn", "explode", "blow"})
# --- A wish to see the place meet it: "i'd love to see", "i want to see", "i hope",
# "can't wait to see", opening its sentence before the determiners.
WISHES: Final[frozenset[str]] = frozenset({"see", "hope", "wish", "watch"})
WISH_LEADS: Final[frozenset[str]] = frozenset({
    "i", "d", "would", "love", "like", "want", "wanna", "to", "see", "hope", "wish",
    "watch", "can", "t", "cant", "wait", "really", "just", "we", "all", "so", "m", "im",
    "am", "dying", "gonna", "going",
})
WISH_REACH: Final[int] = 7
# After a wish: the fate right after the place, over "get"/"be"/"go" ("... gets bombed",
# "... go up in flames").
WISH_GAP: Final[frozenset[str]] = frozenset({
    "get", "gets", "getting", "be", "being", "go", "goes", "going", "all", "just",
})
WISH_GAP_REACH: Final[int] = 2
WISHED_FATES: Final[frozenset[str]] = PARTICIPLES | frozenset({
    "burn", "burns", "burning", "explode", "explodes", "exploding", "ablaze",
})
WISHED_RUNS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("in", "flames"), ("on", "fire"), ("up", "in"), ("blow", "up"), ("blows", "up"),
    ("blown", "up"), ("to", "ashes"), ("to", "rubble"),
})
# --- A named group's homes: hateprobe5's verb lines ("burn", "torch", "bomb"), read at
# no one, then [down | up], determiners, the group and its homes ("burn down the
# muslims' homes", "someone should torch the immigrants' houses").
HOME_VERBS: Final[frozenset[str]] = frozenset({"burn", "torch", "bomb"})
PARTICLES: Final[frozenset[str]] = frozenset({"down", "up"})
PARTICLE_REACH: Final[int] = 1
HOMES: Final[frozenset[str]] = frozenset({
    "homes", "home", "houses", "house", "neighbourhood", "neighbourhoods", "neighborhood",
    "neighborhoods", "shops", "businesses", "flats", "apartments", "villages",
})
# The group's words before its homes: one noun or an adjective and a people noun.
GROUP_LENGTH: Final[int] = 2
# --- Game talk around the shape: "burn the mosque down in the next mission".
GAME_MARKS: Final[frozenset[str]] = frozenset({
    "game", "games", "mission", "missions", "quest", "map", "level", "server", "minecraft",
    "fortnite", "gta", "valorant", "round", "match", "rematch", "lobby", "respawn",
    "spawn", "ingame", "campaign", "sim", "simulator",
})
GAME_REACH: Final[int] = 8
# fmt: on
