"""Words of the precision35 round (issue 8, targeting_precision35.py): a judging word said
of a thing whose name holds a group's word or reads like a person's name ("the muslim ban
is a joke", "chinese food is garbage", "the trudeau government is a joke", "huffpo is a
joke", "obamacare is the worst")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Heads of a copula's subject that name a thing, not people: what a group's word or a
# leader's name may modify ("the chinese [government]", "the muslim [ban]", "chinese
# [food]"). No word for people or their ways: "community", "culture", "media", "lobby",
# "world", "men" keep a group's reading ("the muslim community is garbage").
THINGS: Final[frozenset[str]] = frozenset({
    # a state's institutions and acts
    "government", "governments", "regime", "administration", "cabinet", "parliament",
    "ban", "bans", "bill", "bills", "law", "laws", "ruling", "rulings", "policy", "policies",
    "deal", "deals", "treaty", "budget", "program", "programme", "plan", "rule", "rules",
    "tax", "taxes", "tariff", "tariffs", "election", "elections", "embassy", "visa",
    "border", "wall", "firewall", "coverage", "move", "decision", "referendum",
    # an economy and its goods
    "economy", "market", "markets", "currency", "peso", "yuan", "rupee", "steel",
    "food", "cuisine", "takeout", "beer", "wine", "coffee", "phone", "phones", "car", "cars",
    "product", "products", "goods", "knockoffs", "internet", "tv", "shows", "movies",
    "films", "restaurant", "restaurants", "bar", "bars", "app", "apps", "system",
})
# Heads of a state's rule: never cleared beside a conspiracy's name for Jews ("the jewish
# government is corrupt" names no state).
RULE_HEADS: Final[frozenset[str]] = frozenset({
    "government", "governments", "regime", "administration", "cabinet", "parliament",
})
CONSPIRED: Final[frozenset[str]] = frozenset({"jewish", "jew", "jews", "zionist", "zog"})
# Outlets, platforms, bodies and laws that older rules read as a person's name when they
# open a clause ("huffpo is a joke", "netflix is the worst", "congress is a joke").
OUTLETS: Final[frozenset[str]] = frozenset({
    "cnn", "msnbc", "huffpo", "huffpost", "wapo", "nyt", "nytimes", "breitbart", "buzzfeed",
    "politico", "infowars", "vox", "salon", "slate", "reuters", "politifact", "snopes",
    "nbc", "abc", "cbs", "npr", "pbs", "foxnews", "fox", "msm", "bbc", "cnbc", "newsweek",
    "news", "times", "netflix", "youtube", "twitter", "facebook", "instagram", "tiktok",
    "reddit", "gab", "google", "amazon", "hulu", "disney", "hollywood", "wikipedia", "spotify",
    "congress", "obamacare", "trumpcare", "nafta", "medicare", "medicaid", "daca",
    "brexit", "nato", "fema", "irs",
})
# Between the judging word and its copula: articles, intensifiers, "a bunch of" ("is [a
# total] joke", "are [a bunch of] dicks", "is [so] corrupt").
PREDICATE_RUN: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "so", "such", "total", "totally", "complete", "completely", "absolute",
    "absolutely", "utter", "utterly", "fucking", "fuckin", "fking", "bloody", "damn",
    "really", "just", "truly", "bunch", "of", "pile", "load", "still", "always", "all",
    "pure", "straight", "literally", "pretty", "too", "very", "big",
})
PREDICATE_REACH: Final[int] = 5
# Between the subject and its copula: "the chinese government [really] is a joke".
ADVERBS: Final[frozenset[str]] = frozenset({
    "really", "truly", "honestly", "still", "also", "always", "just", "now", "literally",
})
ADVERB_REACH: Final[int] = 2
# How far before its head the subject's modifiers are read ("the [trans bathroom] bill",
# "[chinese knockoff] phones"): a group's word beyond it names the group elsewhere.
MODIFIER_REACH: Final[int] = 3
# The subject's phrase opens at its clause's start or after one of these, maybe past a
# determiner: "[so what we have is] the chinese government", "[lol] chinese food", "[i
# think] the muslim ban"; never "whoever [made] this app", "whoever is [in] the red car".
DETERMINERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "this", "that", "these", "those",
})
LEADS: Final[frozenset[str]] = frozenset({
    "and", "but", "so", "or", "lol", "lmao", "honestly", "ok", "okay", "yeah", "yes", "well",
    "also", "now", "then", "because", "cause", "since", "think", "guess", "believe", "feel",
    "say", "imo", "tbh", "seriously", "wow", "omg",
})
# Words that tie the head to someone or into another phrase: an owner ("your in-laws",
# "my in-laws"), a preposition, a relative word ("the guy who made this app").
BREAKS: Final[frozenset[str]] = frozenset({
    "your", "ur", "my", "his", "her", "their", "in", "of", "at", "by", "from", "with", "for",
    "on", "to", "about", "who", "whoever", "whom", "which", "whose",
})
# fmt: on
