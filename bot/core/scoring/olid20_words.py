"""Words of the olid20 round (issue 8): tweets that call for a person to be punished,
read by targeting_olid20.py.

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# A punishment wished on a subject through a modal: "he should be in jail", "she needs to
# be locked up", "Comey should be in prison", "Hillary belongs in prison". The lexicon's
# olid20 "be ..." lines, read only with a person or a group of people as the subject. No
# "be fired", "be impeached", "be prosecuted", "be arrested": a demand for accountability,
# criticism ("that ceo should be fired for the layoffs"), or counter-speech ("he wants to
# kill all the immigrants and he should be arrested").
PUNISHED: Final[frozenset[str]] = frozenset({
    "be in jail", "be in prison", "be jailed", "be locked up", "be behind bars",
    "be thrown in jail", "be thrown in prison", "be put in jail", "be put in prison",
    "be imprisoned",
})
# The subject's own verb, no modal: "Hillary belongs in prison".
BELONGS: Final[frozenset[str]] = frozenset({
    "belongs in jail", "belongs in prison", "belongs behind bars", "belong in jail",
    "belong in prison", "belong behind bars",
})
# A jail foretold: "you're going to jail", "you will go to prison", "hope she goes to
# jail"; said of the reader or, after "hope", of anyone.
FORETOLD: Final[frozenset[str]] = frozenset({
    "going to jail", "going to prison", "go to jail", "go to prison", "goes to jail",
    "goes to prison", "gonna go to jail", "gonna go to prison",
})
# No order with its object in the term ("lock her up", "arrest him", "impeach him"): a
# chant the data's annotators mark no offence as often as offence (insults19 built and
# removed it; olid20 found the same).
# Terms said of things too ("the files should be locked up"): their subject opening a
# sentence must be a person word or a name.
THINGLY: Final[frozenset[str]] = frozenset({"be locked up"})
TERMS: Final[frozenset[str]] = PUNISHED | BELONGS | FORETOLD
# Modal words right before a PUNISHED term ("should", "needs to", "must"); "to" and
# adverbs between ("should all be", "should really be", "needs to be") are skipped.
MODALS: Final[frozenset[str]] = frozenset({
    "should", "must", "needs", "need", "deserves", "deserve", "ought", "shoulda",
})
MODAL_FILLERS: Final[frozenset[str]] = frozenset({
    "to", "all", "really", "just", "definitely", "also", "both", "clearly", "absolutely",
    "seriously", "honestly", "already", "immediately", "probably", "truly", "totally",
    "obviously", "simply", "literally",
})
# Between a reader and a FORETOLD jail: "you're going to", "you will", "you'll".
FORETELLERS: Final[frozenset[str]] = frozenset({
    "are", "re", "will", "ll", "gonna", "r", "definitely", "really", "all", "soon",
})
# Who may be wished punished: the reader, a person, a group of people. A word no list
# knows also counts (a name: "Brennan should be in jail").
READERS: Final[frozenset[str]] = frozenset({"you", "u", "ya", "yall", "youre", "ur"})
PERSONS: Final[frozenset[str]] = frozenset({
    "he", "she", "hes", "shes", "guy", "man", "woman", "lady", "dude", "president",
    "senator", "governor", "mayor", "coach", "judge", "sheriff", "officer", "cop",
    "clown", "idiot", "moron", "traitor", "liar", "criminal", "crook", "ref", "referee",
    "commissioner", "congressman", "congresswoman", "manager", "ceo", "minister",
    "leader", "director", "bitch", "scumbag", "pos", "hypocrite", "fraud",
})
GROUPS: Final[frozenset[str]] = frozenset({
    "they", "them", "people", "democrats", "republicans", "dems", "liberals",
    "conservatives", "libs", "politicians", "cops", "officers", "clowns", "traitors",
    "idiots", "morons", "leaders", "senators", "refs",
})
# A subject that cancels: a wish about nobody ("nobody should be in jail for weed").
# A clause opener before the subject in its sentence makes the wish a condition or a
# report: "if he lied he should be in jail", "police say he was arrested".
CONDITIONS: Final[frozenset[str]] = frozenset({
    "if", "unless", "whether", "when", "once", "say", "says", "said", "reports", "report",
    "claim", "claims", "wonder", "asks", "asked", "whenever",
})
# Before a word read as a name opening a wish: "and Comey should be in prison", "i think
# Brennan should be in jail".
NAME_LEADS: Final[frozenset[str]] = frozenset({
    "and", "so", "also", "then", "lol", "yes", "yeah", "imo", "honestly", "think",
    "believe", "guess", "hope", "agree", "now", "just", "please",
})
# Words opening a wish that name no person: "nobody should be in jail for weed", "it
# should be locked up", "i should be in bed"; or those the law jails, a call for law and
# order: "rapists should be in jail".
NOT_PERSONS: Final[frozenset[str]] = frozenset({
    "nobody", "noone", "one", "none", "no", "nothing", "i", "im", "me", "we", "us", "it",
    "this", "that", "these", "those", "there", "what", "who", "which", "whoever",
    "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "kids", "children",
    "innocent", "innocents", "victims", "rapists", "murderers", "killers", "pedophiles",
    "paedophiles", "thieves", "abusers", "traffickers", "scammers", "criminals", "crooks",
    "terrorists", "molesters", "predators", "drunk", "why", "how", "when", "where", "d", "s",
})
# Before a FORETOLD jail with anyone as its subject: "hope she goes to jail".
HOPES: Final[frozenset[str]] = frozenset({"hope", "hoping", "hopefully", "pray", "praying"})
# A jail for a charm, a flirt's hyperbole: "you should be in jail for how cute you look",
# "you're going to jail for being this cute"; one of these within CHARM_REACH after. No
# "good" ("in jail for good"), "fire", "kind" ("for some kind of fraud").
CHARMS: Final[frozenset[str]] = frozenset({
    "cute", "beautiful", "pretty", "gorgeous", "hot", "sexy", "stunning", "adorable",
    "amazing", "talented", "perfect", "handsome", "lovely", "smooth", "stylish", "sweet",
})
CHARM_REACH: Final = 6
REACH: Final = 6  # tokens back from the term to its subject
CONDITION_REACH: Final = 12  # tokens back from the subject to a condition
# After the reader's jail: a tease of a dark joke ("u should be in jail for this").
# "for this" ends the message or names a post or a feat of play: "for this joke", "for
# that dunk", never "for this crime".
FOR_THIS: Final[tuple[list[str], ...]] = (["for", "this"], ["for", "that"])
POSTS: Final[frozenset[str]] = frozenset({
    "one", "joke", "jokes", "post", "meme", "comment", "take", "tweet", "pun", "pic", "fit",
    "outfit", "goal", "dunk", "shot", "play", "pass", "save", "move", "clip", "kill",
    "combo", "snipe", "dribble", "crossover", "tackle", "throw", "catch", "assist", "trick",
    "flick", "song", "beat", "verse", "drip",
})
# "a nobody": a verdict read by the usual rules, undone in the past ("she was a nobody
# until she won") or with "no more" after.
NOBODY: Final = "a nobody"
PAST: Final[frozenset[str]] = frozenset({"was", "were", "been", "once"})
