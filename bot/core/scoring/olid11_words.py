"""Shape words of the olid11 round's rules (issue 8, fourteenth session:
targeting_olid11.py). Kept here, not in cues.txt, so no older rule sees a new known word.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Judging words the older rules read only of "he"/"she" or the reader, never of a name:
# "Beto is a joke", "Gutierrez is corrupt", "Pelosi is the worst", "Holder is a
# criminal". Things are judged by them as often ("the economy is a joke", "the system is
# corrupt"), so they count only after a copula whose subject is a person (olid7's subject
# test), with the phrase closing its clause.
# The same misreading, found by comparing "she is X" with "Pelosi is X" for every insult
# line of weight 0.5 or more. The older rules read these of "he"/"she" and of a pointed
# person already, so here they count of a name only (a pointed "boss" is a game's enemy
# as often: "damn this boss is terrible").
NAME_ONLY: Final[frozenset[str]] = frozenset({
    "fake", "terrible", "awful", "horrible", "puppet", "menace", "thief", "unfit",
    "treasonous", "devil", "embarrassing", "shameful", "wicked", "heartless", "petty",
    "vicious", "cowardly",
})
JUDGED: Final[frozenset[str]] = NAME_ONLY | frozenset({
    "is a joke", "corrupt", "crooked", "evil", "dishonest", "the worst", "worst", "criminal",
})
# A plural copula's subject a judging word may be said of: a pronoun only (a plural noun
# is a thing or a group as often: "prices are terrible", "mondays are the worst").
PLURAL_COPULAS: Final[frozenset[str]] = frozenset({"are", "were", "r", "re"})
PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "you", "u", "ya", "yall", "we"})
# The copula opens these terms: the subject walk starts one token in.
COPULA_LED: Final[frozenset[str]] = frozenset({"is a joke", "are a joke"})
# "worst" alone counts only as "the <intensifier> worst": "he is the absolute worst".
WORST: Final = "worst"
WORST_INTENSIFIERS: Final[frozenset[str]] = frozenset({
    "absolute", "very", "actual", "literal", "literally", "fucking", "freaking", "single",
})
THE: Final = "the"
# After "the worst", a role or person noun it judges the person as: "Goodell is the
# worst commissioner", "she is the worst senator ever".
ROLES: Final[frozenset[str]] = frozenset({
    "president", "commissioner", "senator", "governor", "mayor", "coach", "person",
    "human", "leader", "candidate", "politician", "speaker", "congressman",
    "congresswoman", "attorney", "journalist", "reporter", "host", "judge", "manager",
    "owner", "ref", "referee", "umpire", "player", "pm", "minister", "secretary",
    "potus", "representative", "rep", "chairman", "director", "ceo", "boss",
})
# What may follow the judging phrase in its clause: a joining word, a tag, a measure of
# time or rank ("the worst ever", "corrupt to the core", "a joke and a fraud").
CLOSE_AFTER: Final[frozenset[str]] = frozenset({
    "and", "lol", "smh", "period", "too", "tho", "though", "af", "ever", "to", "of",
    "in", "who", "that", "like", "lmao", "now", "imo",
})
# "Joffrey is evil in the show", "Frank is so crooked in that photo": after "in", a work
# or a picture within IN_MEDIA_REACH tokens is where the person is so (a role, a pose),
# no judgement of them (review17).
IN: Final = "in"
IN_MEDIA_REACH: Final = 3
MEDIA: Final[frozenset[str]] = frozenset({
    "photo", "photos", "pic", "pics", "picture", "pictures", "selfie", "video", "clip",
    "movie", "movies", "film", "films", "show", "series", "season", "episode", "book",
    "books", "novel", "comic", "comics", "game", "games", "play", "anime", "manga",
    "trailer", "sequel", "cartoon", "sitcom", "musical", "role", "story",
})
# "Goodell is the worst ever said no one", "..., said the coach": the meme's denial or a
# report's attribution after the phrase, within SAID_REACH tokens of it (review17).
SAYS: Final[frozenset[str]] = frozenset({"said", "says"})
SAID_REACH: Final = 3
SAID_BY: Final[frozenset[str]] = frozenset(
    {"nobody", "noone", "no", "the", "his", "her", "their", "my", "a", "an", "he", "she"}
)
# Readings before this round's that it may read again: unaimed, or aimed too faintly.
REREAD_NOTES: Final[frozenset[str]] = frozenset({
    "", "said of a person", "not said of a person", "no person called a villain or judged",
    "the worst of a thing, not of a player",
})

# A name-call noun as a whole sentence after another ("... by color. Hypocrites.",
# "... gun control. #hypocrite") or taunted with "much?" ("Hypocrite much?"): said to the
# reader or the person spoken of. Nouns only, no swear word (untargeted swearing stays
# clean: "Shit." is no name-call).
EXCLAIMED_NOUNS: Final[frozenset[str]] = frozenset({
    "hypocrite", "hypocrites", "liar", "liars", "fraud", "phony", "clown", "clowns",
    "coward", "cowards", "traitor", "traitors", "crook", "sellout", "hack", "shill",
    "shills", "grifter", "grifters", "snowflake", "snowflakes", "loser", "losers", "bigot",
    "bigots", "racist",
})
MUCH: Final = "much"

# Judging words the older rules read of a person but never of a political group ("democrats
# are so fake", "liberals are petty", "the liberals are a joke"; found by comparing "they
# are X" with "liberals are X" for every insult line of weight 0.4 or more). Read by
# olid6's group shape: the group opens the copula's clause, not some of it, not reported.
GROUP_JUDGED: Final[frozenset[str]] = frozenset({
    "are a joke", "fake", "terrible", "awful", "horrible", "puppets", "unfit",
    "embarrassing", "wicked", "heartless", "petty", "vicious", "cowardly",
})
# Between the copula and a group's judging word: "are so fake", "are just terrible".
GROUP_BRIDGE: Final[frozenset[str]] = frozenset({
    "so", "such", "just", "really", "truly", "totally", "completely", "absolutely", "very",
    "pretty", "all", "extremely", "incredibly", "utterly", "also", "always", "still", "too",
})
GROUP_BRIDGE_REACH: Final = 2
PLURAL_COPULA: Final = "are"

# "why are liberals so fake?", "why is Pelosi so corrupt?": the judging word asked of a
# group or a name as a reproach (the question opens its sentence).
WHY: Final = "why"
WHY_INTENSIFIERS: Final[frozenset[str]] = frozenset({"so", "such"})
WHY_COPULAS: Final[frozenset[str]] = frozenset({"is", "are"})

# A title before a name opening the clause: "Senator Booker is a joke".
TITLES: Final[frozenset[str]] = frozenset({
    "senator", "sen", "rep", "congressman", "congresswoman", "president", "governor", "gov",
    "mayor", "judge", "mr", "mrs", "ms", "dr", "speaker", "secretary",
})
SINGULAR_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s"})
