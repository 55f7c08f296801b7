"""Words of the gamechat28 round (issue 8): game chat shapes read by
targeting_gamechat28.py (a third person called a bad player, role or hero after a
copula; "the worst" before a hero or a role, said whole)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.gamechat26_words import OPENERS
from bot.core.scoring.gamechat27_words import ADVERBS, FRAME, NAMED

# fmt: off
# "he is a terrible player": the subject's pronoun, with the copula folded in or not.
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
PRONOUN_COPULAS: Final[frozenset[str]] = frozenset({"hes", "shes"})
COPULAS: Final[frozenset[str]] = frozenset({"is", "s", "was"})
# "our jungler is ...", "that sage was ...": a determiner before a hero, a role or a
# player noun; "the enemy jungler" carries one side's word between.
DETERMINERS: Final[frozenset[str]] = frozenset({
    "our", "this", "that", "the", "ur", "your", "my", "their", "dis",
})
SIDES: Final[frozenset[str]] = frozenset({"enemy", "other"})
# A lane's word names its player after a determiner ("our mid is a terrible player").
# gamechat29: team games' positions the hero lists lack ("our goalie is a terrible player").
SUBJECTS: Final[frozenset[str]] = NAMED | frozenset({
    "dude", "guy", "mid", "top", "jungle", "goalie", "goalkeeper", "keeper", "striker",
    "defender", "duo", "entry", "fragger", "lurker",
})
# Between the copula and the quality word: an article or "such" (one of them needed),
# "just", intensifiers.
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "such"})
BEFORE_QUALITY: Final[frozenset[str]] = ARTICLES | frozenset({
    "just", "really", "absolutely", "completely", "totally", "utterly", "literally",
    "fucking", "fuckin", "fking", "truly", "genuinely", "actually", "honestly",
})
BEFORE_QUALITY_REACH: Final = 4
# Before the subject from the sentence's start: chat's openers only.
SUBJECT_OPENERS: Final[frozenset[str]] = OPENERS | frozenset({"and", "so", "like", "yeah"})

# "the worst jett": what may stand before "the worst" from the sentence's start.
WORST_FRAME: Final[frozenset[str]] = (FRAME | ADVERBS) - frozenset({"our", "ur", "your"})
# "the worst jett ive ever seen": the writer's experience closing the verdict.
SEEN_LEADS: Final[frozenset[str]] = frozenset({"ive", "i", "ve", "have", "ever"})
SEEN: Final[frozenset[str]] = frozenset({"seen", "had", "met", "played"})
# "the worst adc in the game", "on this team", "of all time": a place or a span.
SPAN_LEADS: Final[frozenset[str]] = frozenset({"in", "on", "of"})
SPAN_WORDS: Final[frozenset[str]] = frozenset({
    "the", "this", "my", "our", "game", "lobby", "team", "elo", "world", "history",
    "server", "match", "all", "time", "na", "eu", "dota", "league", "rank",
})
SPAN_REACH: Final = 3

# "he has no clue (how to play)", "our mid has zero game sense": the lexicon's terms.
CLUELESS: Final[frozenset[str]] = frozenset({"has no clue", "have no clue"})
NO_SENSE: Final[frozenset[str]] = frozenset({
    "zero game sense", "no game sense", "0 game sense", "negative game sense",
})
HAVING: Final[frozenset[str]] = frozenset({"has", "have", "got"})
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya"})
# Between the subject and the verb: "he clearly has no clue".
SUBJECT_ADVERBS: Final[frozenset[str]] = ADVERBS | frozenset({
    "clearly", "obviously", "still", "really", "literally",
})
# "how to play this hero", "what shes doing": a skill's object after "no clue".
PLAYED: Final[frozenset[str]] = frozenset({
    "this", "that", "the", "his", "her", "their", "your", "ur", "hero", "agent", "champ",
    "champion", "role", "game", "map", "character", "him", "it", "mid", "support", "tank",
    "jungle",
})
DOING_SUBJECTS: Final[frozenset[str]] = frozenset({
    "he", "she", "hes", "shes", "s", "is", "you", "u", "youre", "ur", "re", "are", "r",
    "they", "theyre",
})
CLUE_OBJECT_REACH: Final = 6
# fmt: on
