"""Word lists of the gamechat36 round (targeting_gamechat36.py): a verdict on a teammate
named by hero, agent or role after "this", "that" or "our" ("this jett is trash", "our
legion is shit"), and a teammate's skill failing ("our sova has no aim", "sage never
heals", "pudge cant hit a single hook")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord21_words as d21
from bot.core.scoring import gamechat34_words as g34
from bot.core.scoring import gamechat35_words as g35
from bot.core.scoring.gamechat32_words import PLACE_ROLES, PLAIN_ROLES

# fmt: off
# The older verdict terms a hero after "this" or "that" reads as a thing's ("this jett is
# trash" was "insult about a thing"): aimed only in the round's shape, read as before
# elsewhere.
VERDICTS: Final[frozenset[str]] = frozenset({
    "trash", "garbage", "useless", "terrible", "awful", "horrible", "hopeless", "dogshit",
    "pathetic", "so bad", "so trash", "so garbage", "so shit", "is shit", "so useless",
    "so terrible", "so awful", "so horrible", "so pathetic", "the worst",
})
# Names that are everyday nouns after "this" or "that" outside a match ("this crypto is
# garbage", "this sniper is trash" of a rifle, "this omen is terrible", "this loki is
# awful" of a show, "this dp is trash" of a profile picture): never a hero here.
COMMON_NOUNS: Final[frozenset[str]] = frozenset({
    "sniper", "bat", "sage", "clove", "neon", "omen", "iso", "astra", "ash", "crypto",
    "octane", "luna", "tracer", "widow", "zen", "sigma", "loki", "groot", "entry",
    "duelist", "duelists", "fragger", "igl", "lurker", "awper", "zeus", "olaf", "lux",
    "jinx", "kindred", "fiddle", "dp", "td", "wd", "ww", "thatcher", "arty", "cav", "valk",
    "valkyrie", "wisp", "naga", "vladimir", "vlad", "winston", "ogre",
})
# A hero, agent or role named after the determiner: gamechat35's players without places
# ("this mid is", "this bot is useless" of a chat bot), roles that are everyday nouns
# ("this support is useless" of a help desk) or COMMON_NOUNS, and Dota heroes the older
# lists lack.
HEROES: Final[frozenset[str]] = (
    g35.NAMED - PLACE_ROLES - PLAIN_ROLES - COMMON_NOUNS
) | frozenset({
    "legion", "bloodseeker", "pl", "potm", "marci", "muerta", "ench", "slardar", "tejo",
    "waylay", "jakiro",
})
# "this jett", "that pudge", "our legion": a teammate; never "my" (the writer's own pick,
# "my jett is trash, still learning") nor "their" (the enemy's).
DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"this", "that", "our"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
ADVERBS: Final[frozenset[str]] = frozenset({
    "so", "really", "actually", "literally", "absolutely", "fucking", "just", "truly",
    "completely", "utterly", "straight", "genuinely", "honestly", "lowkey", "deadass",
    "kinda", "pretty", "clearly", "always", "still", "totally", "such",
})
# After "this" or "that", a bare verdict is a view of the champion (gamechat12 keeps
# "this sven is trash" clean, gamechat34 aims it only made sure): an intensifier before
# it, or the term's own "so", makes it a flame at the player ("this invoker is actually
# useless", "this sven is so bad"). "our" names a teammate and needs none ("our legion is
# shit").
INTENSIFIERS: Final[frozenset[str]] = g34.INTENSIFIERS | frozenset({"so", "really", "truly"})
OURS: Final = "our"
ADVERB_REACH: Final = 3
# A verdict on the hero's balance, a matchup or a joke after it: "jett is trash tier this
# patch", "this invoker is useless against sage", "this jett is trash lol jk".
BALANCE_AFTER: Final[frozenset[str]] = d21.KIND_AFTER | frozenset({
    "tier", "patch", "meta", "nerf", "nerfed", "nerfs", "buff", "buffed", "buffs", "update",
    "rework", "reworked", "hero", "heroes", "agent", "agents", "pick", "picks", "now",
    "version", "season", "against", "vs", "into", "counter", "counters", "late", "early",
})
BALANCE_REACH: Final = 6

# The round's lexicon lines (insult.txt, gamechat36): skill failings that read as blame
# only with a teammate named before them ("our sova has no aim", "sage never heals");
# cancelled elsewhere ("no aim assist on pc", "i cant aim tonight sorry").
SKILL_FAILINGS: Final[frozenset[str]] = frozenset({
    "no aim", "zero aim", "0 aim", "cant aim", "cannot aim", "no map awareness",
    "zero map awareness", "0 map awareness",
    "never heals", "never heal", "doesnt heal", "never smokes", "never wards",
    "cant hit a hook", "cant hit a single hook", "cant land a hook", "cant land a single hook",
    "cant hit anything", "cant hit a shot", "cant hit a single shot", "cant last hit",
    "0 hooks", "zero hooks", "no hooks", "misses every hook", "missed every hook",
})
OWN_TERMS: Final[frozenset[str]] = SKILL_FAILINGS
# The teammate before a failing: gamechat35's players (roles, lanes, heroes), after "our",
# "this", "that" or "the" at most (not "my": "my sage never heals" is the writer's pick).
FAILING_DETERMINERS: Final[frozenset[str]] = g35.DETERMINERS - frozenset({"my"})
# A thing of aiming after the words, or approval: "jett no aim assist", "sage never heals
# me ty", "pudge cant hit a hook lol jk".
FAILING_APPROVED: Final[frozenset[str]] = g35.APPROVED_AFTER | frozenset({
    "assist", "trainer", "training", "needed", "required",
})
# A condition before the failing in its sentence: "if you cant hit a hook, go support".
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "unless", "whenever", "whether"})
CONDITION_REACH: Final = 6
# fmt: on
