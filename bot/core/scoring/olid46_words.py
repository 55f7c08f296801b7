"""Words of the olid46 round (issue 8, targeting_olid46.py): contempt for one person voiced
as a vice of theirs with a verdict on it, the vice owned by a possessive ("his
incompetence is astounding", "pelosi's arrogance is disgusting") or "of" a name or a
pointed person ("the arrogance of pelosi is disgusting", "the sheer idiocy of this man")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid5_words as o5
from bot.core.scoring import olid45_words as o45
from bot.core.scoring.forum13_words import FICTION
from bot.core.scoring.hatecheck28_words import HOLDERS
from bot.core.scoring.precision35_words import OUTLETS

# fmt: off
# The vices of the round's possessive lines (en/insult.txt, "olid46"): olid45's "of"
# vices. "stupidity", "idiocy" and "ignorance" have older bare hits, re-read in the
# shape instead of shadowed by a longer line (OLDER_VICES).
POSSESSIVE_VICES: Final[tuple[str, ...]] = o45.OF_VICES
# The owner before the vice: "his", "her", or a name's "'s" (split "pelosi", "s").
OWNER_S: Final[str] = "s"
POSSESSIVES: Final[tuple[str, ...]] = ("his", "her", OWNER_S)
POSSESSIVE_TERMS: Final[frozenset[str]] = frozenset(
    f"{whose} {vice}" for whose in POSSESSIVES for vice in POSSESSIVE_VICES
)
# Vices read by older bare lines, re-read here only in the round's shapes.
OLDER_VICES: Final[frozenset[str]] = frozenset({"stupidity", "idiocy", "ignorance"})
OF: Final[str] = o45.OF
THE: Final[str] = "the"
# Said before the vice, the put-down said whole: "the sheer idiocy of this man".
SHEER: Final[frozenset[str]] = frozenset({"sheer", "utter", "absolute", "pure", "total"})
# A person pointed at after "of": "of [this] man", "of [that] senator".
POINTERS: Final[frozenset[str]] = frozenset({"this", "that"})
# Public roles the person-noun cues lack ("the cowardice of this senator").
ROLES: Final[frozenset[str]] = frozenset({
    "senator", "president", "mayor", "governor", "congressman", "congresswoman",
    "politician", "judge", "nominee", "candidate", "minister", "leader", "official",
    "representative", "rep", "sheriff", "commissioner", "speaker", "chairman", "ceo",
    "journalist", "reporter", "host", "anchor", "celebrity",
})
NAME_REACH: Final[int] = 2  # words of a name after "of": "of [nancy pelosi]"
# Bare words after "of" that forum3's name test lets through but that name a time of life,
# mankind or a thing, the sayings' owners: "the arrogance of youth", "the stupidity of
# war", "the greed of man", "the corruption of power".
SAYINGS: Final[frozenset[str]] = frozenset({
    "youth", "age", "old", "man", "men", "mankind", "humanity", "humans", "war", "wars",
    "power", "money", "wealth", "fame", "privilege", "religion", "faith", "science",
    "history", "nature", "love", "hate", "fear", "politics", "government", "society",
    "culture", "empire", "empires", "kings", "rulers", "crowds", "mobs", "children",
    "kids", "teenagers", "adults", "genius", "success", "victory", "defeat", "it", "all",
})
# Owners that forum3's name test (and olid33's, before "'s") takes for a bare name but
# that name a place, a body or a company, whose greed or incompetence chat complains of:
# olid5's places, precision35's outlets and bodies, hatecheck28's holders, and the game
# companies and seats of power ("the corruption of washington is disgusting", "the greed
# of ea is disgusting", "ubisoft's incompetence is astounding").
BODIES: Final[frozenset[str]] = o5.PLACES | OUTLETS | HOLDERS | frozenset({
    "washington", "dc", "senate", "westminster", "brussels", "whitehall", "ea",
    "ubisoft", "activision", "blizzard", "nintendo", "epic", "valve", "riot", "bethesda",
    "bioware", "microsoft", "sony", "xbox", "playstation", "steam", "bungie", "rockstar",
    "konami", "capcom", "sega", "mojang", "bandai", "gearbox", "twitch", "discord",
    "apple", "tesla", "meta", "nvidia", "amd", "intel", "samsung", "fifa", "uefa", "nfl",
    "nba", "nhl", "mlb", "ufc", "wwe", "espn", "pfizer", "monsanto", "walmart",
})
NOT_OWNERS: Final[frozenset[str]] = SAYINGS | BODIES
# Chat's openers before the vice: "wow her arrogance is unreal", "omg the sheer idiocy".
OPENERS: Final[frozenset[str]] = frozenset({
    "wow", "omg", "god", "jesus", "man", "honestly", "seriously", "lol", "lmao", "smh",
    "yeah", "yes", "ugh", "geez", "jeez", "oh", "and", "but", "so", "just", "again",
})
OPENER_REACH: Final[int] = 2
# The verdict on the vice: a copula, maybe an adverb, and a word of contempt or wonder
# ("is astounding", "is just sickening"), or a phrase ("knows no bounds", "never ends").
COPULAS: Final[frozenset[str]] = frozenset({"is", "was"})
ADVERBS: Final[frozenset[str]] = frozenset({
    "just", "so", "truly", "absolutely", "simply", "really", "quite", "honestly",
    "literally", "actually", "totally", "utterly", "fucking", "freaking", "frankly",
})
ADVERB_REACH: Final[int] = 2
VERDICTS: Final[frozenset[str]] = frozenset({
    "disgusting", "sickening", "astounding", "staggering", "unreal", "unbelievable",
    "pathetic", "embarrassing", "breathtaking", "appalling", "astonishing",
    "mindboggling", "shameful", "disgraceful", "revolting", "nauseating", "incredible",
    "laughable", "insane", "amazing", "stunning", "shocking", "palpable", "galling",
    "infuriating", "maddening", "vile",
})
# Phrases that judge the vice without a copula: "knows no bounds", "never ends".
PHRASES: Final[frozenset[tuple[str, ...]]] = frozenset({
    ("knows", "no", "bounds"), ("knows", "no", "limits"), ("knows", "no", "end"),
    ("has", "no", "bounds"), ("has", "no", "limits"), ("never", "ends"),
    ("never", "ceases"), ("never", "stops"), ("is", "beyond", "belief"),
    ("is", "off", "the"), ("is", "next", "level"), ("is", "on", "display"),
})
PHRASE_LENGTH: Final[int] = 3
# A story after the vice in its sentence: a part played, not the writer's put-down ("his
# racism was disgusting in that movie").
STORIES: Final[frozenset[str]] = FICTION
# fmt: on
