"""The word lists of the hatecheck10 targeting rules (issue 8): the lexicon terms they
aim and the words their shapes read, kept apart from the rules (targeting_hatecheck10.py).

Kept here, not in cues.txt: every cue word also becomes a known word, and the older
rules read a word no list knows as a name.
"""

from __future__ import annotations

from typing import Final

# fmt: off
# Lexicon terms (lines under "hatecheck10") said of a named group as the clause's subject:
# the group as the source of evil, a denial of its identity, worth or humanity, a theft
# or invasion claim ("jews are the root of all evil", "muslims are not people",
# "immigrants are stealing everything", "i disabili sono scarti della società", "gli
# stranieri ci stanno rubando tutto"); "money is the root of all evil" names no group.
CLAIMS: Final = frozenset({
    "the root of all", "the root of every", "the roots of all", "the source of all",
    "the source of every", "the cause of all", "the cause of every",
    "the cause of everything", "behind all the evil", "behind all evil",
    "never real men", "never real women", "never be real men",
    # hatecheck15: one member denied it ("a trans woman will never be a real woman")
    "never be a real man", "never be a real woman",
    "not people", "not even people", "aren't even people", "arent even people",
    "not even human", "aren't even human", "arent even human",
    "worth less than",
    "stealing everything", "stealing our", "stealing from us", "steal our",
    "robbing us", "robbing our", "rob us", "taking everything we have",
    "taking everything from us",
    "sono la radice di", "sono la causa di tutti", "sono la causa di ogni",
    "sono scarti", "sono lo scarto", "sono meno che umani",
    "non sono persone vere", "non sono veri uomini",
    "ci stanno rubando", "ci rubano tutto", "ci derubano", "ci stanno derubando",
    "ci stanno sostituendo", "ci sostituiscono", "non capiscono niente",
    "non capiscono nulla",
    "non tornano al loro paese", "non tornano a casa loro", "non se ne tornano",
})
# What "stealing our" / "steal our" / "robbing our" must name to be the theft claim:
# "immigrants are stealing our jobs", never "women are stealing our hearts".
OURS_TAKEN: Final = frozenset({"stealing our", "steal our", "robbing our"})
STOLEN: Final = frozenset({
    "jobs", "job", "country", "land", "money", "homes", "houses", "benefits", "taxes",
    "women", "daughters", "children", "kids", "culture", "identity", "future", "nation",
    "wealth", "resources", "welfare", "wages",
})
# The writer's wish opening, with a group and its death or removal after it: "I hope all
# women die", "I want every muslim out of this country"; "I hope all women get equal
# pay" wishes no harm.
WISHES: Final = frozenset({
    "hope all", "hope every", "want all", "want every", "wish all", "wish every",
})
# The Italian first person plural of removal, a group after it ("rimandiamo a casa tutti
# i neri", "cacciamo via tutti gli immigrati"); "voglio tutti" needs "fuori" or "via".
REMOVALS: Final = frozenset({
    "rimandiamo a casa", "rispediamo a casa", "rimandiamo", "rispediamo", "cacciamo via",
    "cacciamo", "buttiamo fuori", "rimandiamoli", "buttiamoli fuori",
    "voglio tutti", "vogliamo tutti",
})
# What the wished group should do or become, a few words after it.
DOOMS: Final = frozenset({
    "die", "dies", "died", "dead", "drown", "drowns", "burn", "burns", "rot", "rots",
    "disappear", "disappears", "vanish", "vanishes", "perish", "perishes", "gone", "out",
    "deported", "killed", "exterminated", "suffer", "suffers", "fuori", "via",
})
DOOM_REACH: Final = 4  # "every gay would just disappear": would, just, disappear
# Removal terms that need a "fuori"/"via" after their group ("voglio tutti gli stranieri
# fuori").
NEEDS_DOOM: Final = frozenset({"voglio tutti", "vogliamo tutti"})
# A removal term whose group follows past a comma: "rimandiamoli tutti a casa, questi
# immigrati" (the clitic stands for it).
CLITIC_REMOVALS: Final = frozenset({"rimandiamoli", "buttiamoli fuori"})
# review10: the sources and causes that can be praise ("immigrants are the cause of all
# our success", "women are the root of all the good in this family"): a good thing within
# a few words after the term makes it no claim of evil.
SOURCE_TERMS: Final = frozenset({
    "the root of all", "the root of every", "the roots of all", "the source of all",
    "the source of every", "the cause of all", "the cause of every",
    "the cause of everything", "sono la radice di", "sono la causa di tutti",
    "sono la causa di ogni",
})
BLESSINGS: Final = frozenset({
    "success", "successes", "happiness", "joy", "joys", "good", "goodness", "progress",
    "love", "fun", "innovation", "best", "greatness", "beauty", "strength", "laughter",
    "wins", "victories", "kindness", "growth", "inspiration", "smiles", "blessings",
    "wisdom", "creativity",
    "successi", "felicita", "gioia", "gioie", "bene", "bellezza", "progresso", "amore",
    "forza", "crescita",
})
BLESSING_REACH: Final = 4  # "the cause of all our recent success": our, recent, success
# review10: a kind of person after "not people" makes it "not the people who ...", no
# denial of humanity ("muslims are not people who give up", "refugees are not people to
# be pitied"); "women are not people like us" still denies.
KIND_OF_PEOPLE: Final = frozenset({
    "who", "whom", "whose", "that", "which", "to", "you", "u", "we", "i", "they", "he",
    "she", "one", "anyone", "someone",
})
# review10: what an Italian theft of "us" takes that is charm, not a livelihood ("le donne
# ci stanno rubando la scena", "gli immigrati ci stanno rubando il cuore").
CHARMS: Final[frozenset[str]] = frozenset({
    "cuore", "cuori", "scena", "show", "spettacolo", "attenzione", "riflettori", "sorriso",
    "applausi", "fiato", "anima", "occhi", "sguardi",
})
IT_ARTICLES: Final = frozenset({"il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno"})
# review10: a removal wished "out of" a plight is a rescue ("I want every woman out of
# poverty", "vogliamo tutti i migranti fuori dalla povertà"); "out" before an "-ing"
# verb or "and proud" is being out ("I want all black people out voting").
OUT_DOOMS: Final = frozenset({"out", "fuori"})
OUT_OF: Final = frozenset({
    "of", "from", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "di",
})
PLIGHT_FILLERS: Final = frozenset({
    "the", "their", "this", "those", "these", "a", "an", "any", "abusive", "extreme",
    "il", "la", "lo", "l", "i", "gli", "le", "loro",
})
PLIGHTS: Final = frozenset({
    "poverty", "danger", "harm", "harm's", "harms", "detention", "prison", "prisons", "jail",
    "jails", "camps", "camp", "trouble", "debt", "hospital", "war", "wars", "closet",
    "misery", "hunger", "abuse", "homes", "violence", "homelessness", "slavery", "hiding",
    "cold", "fear", "cages", "cage", "custody", "limbo", "ghettos",
    "poverta", "pericolo", "carcere", "prigione", "prigioni", "centri", "campi", "guerra",
    "miseria", "violenza", "fame", "detenzione", "gabbie", "ghetti",
})
OUT_AND: Final = frozenset({"proud", "about", "free", "safe", "loud", "thriving"})
# review10: a claim asked back and waved away ("muslims are not people? what nonsense",
# "women are the root of all evil? says who"): the next sentence opens with a dismissal,
# maybe after "what", "total", "such"...
DISMISSALS: Final = frozenset({
    "nonsense", "bullshit", "rubbish", "ridiculous", "absurd", "false", "untrue", "bs",
    "lies", "propaganda", "sciocchezze", "falso", "assurdo", "cazzate",
    "stupidaggini", "balle",
})
DISMISSAL_LEADS: Final = frozenset({
    "what", "total", "utter", "such", "complete", "absolute", "pure", "thats", "that",
    "s", "che", "tutte", "solo",
})
SAYS_WHO: Final = frozenset({("says", "who"), ("who", "says"), ("chi", "lo")})
# review14: a claim asked back and answered "non è vero" / "not true" / "ma smettila", or
# named for what it is ("gays are not allowed in here? that's illegal discrimination",
# "i nigeriani spacciano? è un pregiudizio razzista", "...? che frase razzista").
DENIED_OPENINGS: Final = frozenset({
    ("non", "e", "vero"), ("not", "true", ""), ("ma", "smettila", ""), ("ma", "figurati", ""),
})
CONDEMNED: Final = frozenset({
    "illegal", "discrimination", "racist", "racism", "bigotry", "bigoted", "homophobic",
    "transphobic", "sexist", "antisemitic", "xenophobic", "prejudice", "stereotype",
    "razzismo", "razzista", "omofobia", "omofobo", "pregiudizio", "stereotipo", "antisemita",
    "xenofobo", "sessista",
})
# Before the answer's words: "that's", "this is", "è", "che".
CONDEMN_LEADS: Final = frozenset({"that", "s", "thats", "its", "it", "this", "is", "e", "che"})
# "...? that's not racist, it's facts": the naming denied ends the look.
CONDEMN_STOPS: Final = frozenset({"not", "non", "isnt", "nt", "no"})
CONDEMN_REACH: Final = 4  # tokens of the answer read for a word naming the claim
# review10: a claim put in someone else's mouth after it ("jews are the root of all evil,
# or so the nazis said", "...: così diceva la propaganda nazista").
ATTRIBUTION_PAIRS: Final = frozenset({("or", "so"), ("according", "to")})
ATTRIBUTION_OPENERS: Final = frozenset({"cosi"})  # opening the clause after a pause
ATTRIBUTING: Final = frozenset({
    "said", "say", "says", "claimed", "claim", "claims", "preached", "taught", "believed",
    "thought", "told", "wrote", "diceva", "dicevano", "dice", "dicono", "sosteneva",
    "sostenevano", "predicava", "scriveva", "raccontava", "raccontavano",
})
ATTRIBUTION_REACH: Final = 6
WRITER_OBJECTS: Final = frozenset({"me", "us", "my", "our", "myself"})
# review10: someone else's past wish for a group's doom is history told ("the nazis
# wanted jews to be wiped off the earth"); "I wanted ..." is the writer's own.
PAST_WISHES: Final = frozenset({
    "wanted", "wished", "hoped", "planned", "tried", "dreamed", "dreamt", "sought",
    "intended", "vowed", "volevano", "voleva", "speravano", "sognavano",
})
# fmt: on
GROUP_REACH: Final = 8  # tokens after a wish or removal term to its group
