"""Words of the forum33 round (issue 8, targeting_forum33.py): forum and social posts
that derogate an identity group with no slur and no insult word. A group cast as sexual
predators ("migrant rape gangs", "refugees rape our women"), read on the swear-list hits
"rape", "raped", "raping"; and a group cast as the hidden rulers of a country or the
world ("jews run the world", "the jews took over our country", "the jews are behind
everything"), read on the round's own lexicon lines (en/insult.txt, under "forum33"),
counted only with a named group as their subject.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck50_words as h50

# fmt: off
# The swear-list forms of the word the predator shape reads ("rapes" is on no list).
RAPE_FORMS: Final[frozenset[str]] = frozenset({"rape", "raped", "raping"})
# Words of reporting before a rape word in its sentence: a headline or a post retold
# ("migrant rape gangs, police allegedly said", "she tweeted that refugees rape ...").
REPORTING: Final[frozenset[str]] = frozenset({
    "tweeted", "tweets", "retweeted", "posted", "reported", "reportedly", "allegedly",
    "alleged", "accused", "headline", "headlines", "wrote", "writes",
})
REPORT_REACH: Final[int] = 12
# A group word right before the noun "rape", the doer of it ("migrant rape is out of
# control", "muslim rape gangs"); only the singular forms a modifier takes.
DOER_MODIFIERS: Final[frozenset[str]] = frozenset({
    "muslim", "moslem", "islamic", "islamist", "migrant", "immigrant", "refugee",
    "african", "arab", "pakistani", "somali", "afghan", "mexican", "asylum", "paki",
})
# What follows the noun "rape" when a modifier before it names the doer, not the
# victims ("muslim rape victims", "refugee rape survivors" stay clean).
DOER_HEADS: Final[frozenset[str]] = frozenset({
    "gang", "gangs", "epidemic", "jihad", "culture", "wave", "squad", "squads", "ring",
    "rings", "problem", "is", "has", "spree",
})
# Never the doers a generalisation casts here: rape between the sexes is talked about
# as a crime or a fear, not as an identity attack ("men rape, women fear").
GENDER_GROUPS: Final[frozenset[str]] = frozenset({
    "women", "woman", "females", "girls", "wives", "men", "males", "man", "boys",
    "feminists", "ladies", "guys",
})
# After the subject's verb: a victim named ("refugees rape our women", "the refugees
# raped another girl", "illegals raping our kids") or the deed joined to another
# ("rape and steal"). "raped" needs one of them: "refugees are raped in camps" is passive.
VICTIMS: Final[frozenset[str]] = frozenset({
    "her", "him", "them", "our", "your", "their", "white", "young", "little", "a", "an",
    "another", "and", "women", "girls", "children", "kids", "babies", "boys", "teenagers",
    "european", "british", "swedish", "german", "american", "christian", "native",
    "local", "every", "any", "innocent", "underage", "europe", "you", "us", "the",
})
# After "rape" used as a noun: the victims or the case, not the doers ("immigrants'
# rape statistics", "refugees rape survivors").
NOT_DEED: Final[frozenset[str]] = frozenset({
    "victim", "victims", "survivor", "survivors", "statistics", "stats", "cases", "case",
    "rates", "rate", "trial", "trials", "charges", "charge", "allegations", "allegation",
    "claims", "claim", "crisis", "counselling", "counseling", "kit", "kits",
})
# "immigrants come here to rape", "the propensity of refugees to rape": the group right
# before "to rape", or before a coming or a right between ("muslim men the right to
# rape"); "white people made it illegal to rape" names no doer.
TO_GAP: Final[frozenset[str]] = frozenset({
    "come", "came", "comes", "coming", "here", "there", "only", "just", "over", "want",
    "wants", "go", "went", "the", "right", "allowed", "free", "licence", "license",
})
TO_REACH: Final[int] = 4
# "the refugees are (now / all / still) raping ...": words between a subject and "raping".
SUBJECT_GAP: Final[frozenset[str]] = frozenset({
    "are", "were", "have", "has", "been", "keep", "just", "all", "still", "now", "always",
    "openly", "routinely", "regularly", "constantly", "who", "that", "then", "also",
    "will", "would", "and", "gangs", "literally", "actually", "often",
})
SUBJECT_REACH: Final[int] = 4
# Before a past "raped": the passive's helpers, which make the subject the victim.
PASSIVE_HELPERS: Final[frozenset[str]] = frozenset({
    "are", "were", "was", "is", "be", "been", "being", "get", "got", "gets", "getting",
})

# The victims guard: "rapist(s)" read as aimed at a gender group that is the victims in
# its sentence ("defending said rapist, destroying women he raped").
RAPIST_TERMS: Final[frozenset[str]] = frozenset({"rapist", "rapists"})
RAPIST_GAP: Final[frozenset[str]] = frozenset({
    "are", "re", "r", "all", "just", "potential", "serial", "mostly", "basically", "born",
    "natural", "the", "of", "most",
})
VICTIM_MARKS: Final[frozenset[str]] = frozenset({"raped", "rape", "raping", "assaulted"})
VICTIM_REACH: Final[int] = 12
RAPED_NEAR: Final[int] = 3

# The hidden-rulers shape: a verb of ruling and what is ruled, said of a named group
# (the hatecheck50 and older conspiracy lines cover a few pairs; these the rest). No
# "whole": as a new index word it changes unrelated readings ("your whole family is
# trash" in a reply).
RULING_VERBS: Final[tuple[str, ...]] = (
    "run", "runs", "rule", "rules", "control", "controls", "own", "owns", "took over",
    "taken over", "take over",
)
RULED: Final[tuple[str, ...]] = (
    "the world", "this country", "the country", "our country",
    "our nation", "the nation", "the west", "america", "europe", "everything",
    "the press", "the news", "the media", "the banks", "the government",
    "our government", "hollywood", "our cities", "our towns", "our streets",
    "our schools",
)
# "the jews are behind everything", "jews are behind all the wars", "jews control what
# you see".
BEHIND: Final[frozenset[str]] = frozenset({
    "behind everything", "behind it all", "behind all of it", "behind all of this",
    "behind all the wars", "behind all wars", "behind every war", "behind the wars",
    "behind the war", "control what",
})
OWN_TERMS: Final[frozenset[str]] = frozenset(
    {f"{verb} {ruled}" for verb in RULING_VERBS for ruled in RULED} | BEHIND
) - h50.OWN_TERMS - h50.OLDER_CONSPIRACIES
# The subject of a ruling line that casts no hidden rulers ("girls run the world").
RULER_GAP: Final[frozenset[str]] = frozenset({
    "are", "secretly", "really", "still", "already", "now", "totally", "basically",
    "who", "that", "have", "has", "all", "literally", "clearly",
})
RULER_REACH: Final[int] = 3
# fmt: on
