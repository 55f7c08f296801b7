"""Words of the hatecheck45 round (issue 8, targeting_hatecheck45.py): a named group said
to bring or do only harm ("muslims only bring violence", "immigrants only ever cause
trouble"), reduced to a use ("women are good for one thing only", "women are only fit for
breeding", "women exist only to serve men"), harm called for on any member who does
something ("any immigrant who comes here should get shot", "every woman who talks back
deserves a slap"), and told it has no business or place among decent people ("women have
no business in politics")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import hatecheck44_words as h44

# fmt: off
# The round's lexicon lines (identity_attack.txt and threat.txt, hatecheck45), registered
# in group_only.FIRST_NAMED_TERMS: without a named group the clean gate drops them.
# Only harm brought or caused: "only" before or after a verb of bringing.
ONLY_HARM_TERMS: Final[frozenset[str]] = frozenset({
    "only bring", "only brings", "only brought", "only ever bring", "only ever brings",
    "only cause", "only causes", "only caused", "only ever cause", "only ever causes",
    "only spread", "only spreads", "only ever spread", "only ever spreads",
    "only know", "only knows", "bring only", "brings only", "cause only", "causes only",
    "spread only", "spreads only",
})
# Only a harm wanted: "muslims only want to kill us", with a HARM_VERBS word after.
WANT_TERMS: Final[frozenset[str]] = frozenset({
    "only want to", "only wants to", "only ever want to", "only ever wants to",
})
HARM_VERBS: Final[frozenset[str]] = frozenset({
    "kill", "murder", "destroy", "rape", "steal", "invade", "ruin", "replace", "conquer",
    "harm", "hurt", "attack", "bomb", "exploit", "leech", "scrounge", "sponge", "rob",
    "loot", "terrorize", "terrorise", "dominate", "enslave", "outbreed", "wipe",
    "exterminate", "slaughter", "behead", "groom", "abuse", "cheat", "lie", "scam",
})
# A use the group is reduced to, read with a copula or a verb of existing before it.
ONE_THING_TERMS: Final[frozenset[str]] = frozenset({
    "good for one thing", "good for only one thing", "good for one purpose",
})
USE_TERMS: Final[frozenset[str]] = frozenset({
    "only useful", "only fit", "only good in",
})
EXIST_TERMS: Final[frozenset[str]] = frozenset({
    "exist only", "exists only", "only exist", "only exists",
})
PURPOSE_TERMS: Final[frozenset[str]] = frozenset({"one purpose", "only one purpose"})
ONLY_THING: Final[str] = "only thing"
# Harm called for: a modal and "get" with a harm, or a slap deserved.
HARM_CALL_TERMS: Final[frozenset[str]] = frozenset({
    "should get shot", "should get beaten", "should get beaten up", "should get beat up",
    "should get hanged", "should get hung", "should get stabbed", "should get lynched",
    "should get killed", "should get punched",
    "should get his head kicked in", "should get their heads kicked in",
    "deserves a slap", "deserve a slap", "deserves a good slap", "deserve a good slap",
    "needs a slap", "need a slap", "needs a good slap", "need a good slap",
})
# Older terms of the same call, read here after "any ... who": "any refugee who complains
# deserves a good beating" (hatecheck15 reads them only with the group right before).
OLDER_HARM_CALLS: Final[frozenset[str]] = frozenset({
    "deserves a good beating", "deserve a good beating", "needs a good beating",
    "need a good beating",
})
# No business or place among people: "women have no business in politics".
NO_BUSINESS: Final[str] = "no business"
NO_PLACE_TERMS: Final[frozenset[str]] = frozenset({
    "no business", "no place among",
})
OWN_TERMS: Final[frozenset[str]] = (
    ONLY_HARM_TERMS | WANT_TERMS | ONE_THING_TERMS | USE_TERMS | EXIST_TERMS | PURPOSE_TERMS
    | HARM_CALL_TERMS | NO_PLACE_TERMS | frozenset({ONLY_THING})
)

# The harm after "only bring": hatecheck44's harms and these, over its gap words.
HARMS: Final[frozenset[str]] = h44.HARMS | frozenset({
    "murder", "murders", "killing", "killings", "theft", "disorder", "grief", "conflict",
    "war", "wars", "stabbings", "bloodshed", "unrest", "hell",
})
HARM_GAP: Final[frozenset[str]] = h44.HARM_GAP
HARM_REACH: Final[int] = 3
# After the harm, before its clause closes: more harms, where the group brings them
# ("crime and drugs", "problems wherever they go", "chaos to our towns"); never "crime
# rates down" or "trouble because of poverty".
HARM_TAILS: Final[frozenset[str]] = HARMS | h44.TAILS | frozenset({
    "and", "or", "to", "into", "wherever", "everywhere", "they", "go", "went", "towns",
    "town", "cities", "city", "streets", "nation", "nations", "schools", "communities",
    "neighbourhoods", "neighborhoods", "with", "there", "imo", "tbh", "smh", "period",
    "everyone", "everybody", "else", "for", "across",
})
TAIL_REACH: Final[int] = 6
# Before the hit, over these, the group as the sentence's subject: "immigrants really
# only", "women are only", "muslims have only ever".
SUBJECT_GAP: Final[frozenset[str]] = h44.ADVERBS | frozenset({
    "are", "is", "r", "were", "have", "has", "ever", "always", "will", "would",
})
SUBJECT_GAP_REACH: Final[int] = 3
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "r", "were"})
# After a use term: what it is for ("only useful in the kitchen", "only fit to cook").
USE_AFTER: Final[frozenset[str]] = frozenset({"for", "as", "in", "to", "at", "on"})
# After "exist only": "to serve men", "for sex".
EXIST_AFTER: Final[frozenset[str]] = frozenset({"to", "for", "as"})
# In the rest of a use's sentence, a condition or a time makes it no reduction: "only fit
# for the olympics if they train", "only fit to work after 6 months".
CONDITIONS: Final[frozenset[str]] = frozenset({
    "if", "after", "when", "until", "till", "once", "unless", "before", "since", "during",
    "while", "without",
})
CONDITION_REACH: Final[int] = 10
# Before "one purpose": "serve (only) one purpose", "have one purpose".
PURPOSE_VERBS: Final[frozenset[str]] = frozenset({
    "serve", "serves", "have", "has", "exist", "exists",
})
# "the only thing women are good for is ...": "the", the group, a copula, a use, "for".
USES: Final[frozenset[str]] = frozenset({"good", "useful", "fit", "worth"})
BRINGS: Final[frozenset[str]] = frozenset({
    "bring", "brings", "brought", "cause", "causes", "caused", "spread", "spreads",
    "create", "creates", "know", "knows", "offer", "offers",
})
THE: Final[frozenset[str]] = frozenset({"the"})
FOR: Final[str] = "for"
# Before "no business" and "no place among": "have", over adverbs ("really have").
HAVE: Final[frozenset[str]] = frozenset({"have", "has", "got"})
HAVE_GAP: Final[frozenset[str]] = h44.ADVERBS | frozenset({"should", "will", "would"})
# After "no business": where or what the group has no business doing.
BUSINESS_AFTER: Final[frozenset[str]] = frozenset({
    "in", "being", "here", "there", "near", "around", "with", "on", "at", "anywhere",
    "voting", "working", "living", "coming", "running", "teaching", "leading", "owning",
    "having", "doing", "holding", "raising", "adopting", "serving", "driving", "speaking",
    "to",
})
ADVERB_REACH: Final[int] = 3
# After "no place among": people, within AMONG_REACH ("decent people", "us", "civilised
# society"); never "no place among the top ten".
AMONG_PEOPLE: Final[frozenset[str]] = frozenset({
    "people", "us", "humans", "humanity", "men", "folk", "folks", "society", "citizens",
    "decent", "civilised", "civilized", "normal", "christians", "whites", "europeans",
    "americans", "mankind", "others",
})
AMONG_REACH: Final[int] = 3

# A member before a harm called for: "any immigrant who ...", "every trans person that
# ...", "immigrants who steal": a relative word within REL_REACH before the call, the
# member right before it, opening its sentence over QUANTIFIERS.
RELATIVES: Final[frozenset[str]] = frozenset({"who", "that", "whom"})
REL_REACH: Final[int] = 10
QUANTIFIERS: Final[frozenset[str]] = frozenset({
    "any", "every", "each", "all", "the", "these", "those", "single", "last", "a", "an",
    "honestly", "i", "think", "tbh", "imo",
})
QUANTIFIER_REACH: Final[int] = 4
# A singular member's plural, where it is not the word and "s": "woman" of "women".
SINGULARS: Final[dict[str, str]] = {"woman": "women", "man": "men"}
# A member's noun after an identity word: "trans person", "black guy", "gay kid".
PERSONS: Final[frozenset[str]] = frozenset({
    "person", "guy", "man", "woman", "kid", "boy", "girl", "dude", "bloke", "lad", "child",
    "lady", "teen", "student", "family",
})
# The words that may stand between the member and the modal of the call: "any immigrant
# who comes here should get shot"; a pause or a stop ends the read.
MEMBER_REACH: Final[int] = 3
