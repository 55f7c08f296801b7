"""Words of the person13 round (issue 8): the writer's promise of harm to a third person
("i'm going to beat her up", "i'll break his legs", "i will kill that bitch")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The harm verbs of threat.txt's person13 lines, each with "him" / "her" after it.
_VERBS: Final[tuple[str, ...]] = (
    "kill", "murder", "stab", "shoot", "punch", "slap", "smack", "strangle", "hurt",
    "rape", "shank", "torture", "lynch", "end", "hunt",
)
_PRONOUNS: Final[tuple[str, ...]] = ("him", "her")
# Game callouts as often as threats ("i'll kill him", "i'm gonna kill him" are gamechat6's
# clean lines): read as a threat only with the object named in anger ("kill that bitch")
# or a real-life continuation after "him" / "her" ("... with my bare hands", "... irl").
GAME_VERBS: Final[frozenset[str]] = frozenset({"kill", "shoot", "end", "hunt"})
REAL_AFTER: Final[frozenset[str]] = frozenset({
    "irl", "myself", "with", "if", "because", "cuz", "for", "slowly", "alive", "till",
    "until", "tomorrow", "tonight", "when",
})
# Longer person13 lines whose object is the third person.
_PHRASES: Final[frozenset[str]] = frozenset({
    "beat him up", "beat her up", "beat him to death", "beat her to death",
    "beat the shit out of him", "beat the shit out of her", "beat the crap out of him",
    "beat the crap out of her", "run him over", "run her over", "knock him out",
    "knock her out", "make him pay", "make her pay", "make him suffer", "make her suffer",
    "put him in the hospital", "put her in the hospital", "find where he lives",
    "find where she lives", "find out where he lives", "find out where she lives",
    "beat his ass", "beat her ass", "kick his ass", "kick her ass",
})
# "break his legs", "slit his throat": a damage verb and a body part or home after it
# ("slit her" and "smash her" are left out: run-together words are split by the lexicon's
# phrases, so they would be read in "slither" and "smasher").
POSSESSED: Final[frozenset[str]] = frozenset({
    "break his", "break her", "slit his", "smash his",
})
BODY: Final[frozenset[str]] = frozenset({
    "face", "legs", "leg", "neck", "jaw", "arm", "arms", "nose", "teeth", "skull", "throat",
    "head", "knees", "kneecaps", "ribs", "bones", "fingers", "house", "car", "windows",
})
# "kill that bitch", "stab my boss": a person named after "that" / "my" (the rule reads
# the word after: a person noun, a non-family person in one's life, or a vulgar name-call;
# never "kill that tank"). Not "the": "punch the" would hide older rules' "punch" ("punch
# the next immigrant i see").
_POINTING_VERBS: Final[tuple[str, ...]] = (
    "kill", "murder", "stab", "shoot", "punch", "slap", "strangle", "hurt",
)
POINTERS: Final[frozenset[str]] = frozenset({"that", "my"})
POINTED: Final[frozenset[str]] = frozenset(
    f"{verb} {word}" for verb in _POINTING_VERBS for word in POINTERS
)
# fmt: on
PROMISES: Final[frozenset[str]] = (
    frozenset(f"{verb} {pronoun}" for verb in _VERBS for pronoun in _PRONOUNS)
    | _PHRASES
    | POSSESSED
    | POINTED
)
# The older lines that promise harm with the object left to the rules ("i will stab",
# "gonna murder"): read the same way when "him" / "her" follows.
# fmt: off
OLDER_PROMISES: Final[frozenset[str]] = frozenset({
    "going to stab", "gonna stab", "want to stab", "i will stab", "i ll stab",
    "going to murder", "gonna murder", "want to murder", "i will murder", "i ll murder",
    "going to torture", "gonna torture", "will hurt", "going to hurt", "gonna hurt",
})
# Right before the verb: the writer's intent ("i will", "i'll", "ill", "gonna", "im going
# to", "i want to", "wanna"), maybe with a filler between ("i'll just kill him").
FILLERS: Final[frozenset[str]] = frozenset({
    "just", "fucking", "fkn", "literally", "really", "personally", "actually", "seriously",
    "gladly", "happily", "honestly", "definitely", "totally", "straight", "up", "go",
})
WILL: Final[frozenset[str]] = frozenset({"will", "ll", "shall", "gonna", "gon", "finna", "wanna"})
WILL_ALONE: Final[frozenset[str]] = frozenset({"ill", "imma", "ima"})
TO_AFTER: Final[frozenset[str]] = frozenset({"going", "want", "about", "gotta", "gonna"})
SUBJECTS: Final[frozenset[str]] = frozenset({"i", "im", "we", "m", "am", "ima", "imma"})
# After "him" / "her": the threat closes, or goes on as a threat ("up", "in the face");
# anything else may make "her" a possessive ("i'll beat her score", "hurt her feelings")
# or the verb a game's or a camera's ("shoot her a text").
FOLLOW: Final[frozenset[str]] = frozenset({
    "up", "to", "dead", "in", "with", "myself", "so", "and", "if", "when", "lol", "lmao",
    "for", "too", "again", "down", "badly", "right", "over", "out", "i", "because", "cuz",
    "slowly", "alive", "irl", "now", "till", "until", "bro", "fr",
})
# review13: after "in", where the harm lands ("punch him in the face", "kill him in his
# sleep", "beat her in front of everyone"); a game's name or mode there is play ("i'll
# murder him in mario kart", "i'll kill her in ranked").
IN_WHERE: Final[frozenset[str]] = BODY | frozenset({
    "the", "his", "her", "their", "my", "your", "front", "public", "school", "person",
    "real", "broad", "bed", "sleep", "a", "an", "this", "that", "jail", "prison",
})
# fmt: on
# After "for": what the third person is made to pay for ("for this", "for what he did").
FOR_WHAT: Final[frozenset[str]] = frozenset(
    {"that", "this", "it", "what", "everything", "saying", "doing", "hurting", "cheating"}
)
# Before the intent, words that deny it ("i dont want to", "i wont", "i'm not going to").
# fmt: off
NEGATORS: Final[frozenset[str]] = frozenset({
    "t", "dont", "wont", "cant", "never", "not", "no", "didnt", "wouldnt", "shouldnt",
    "cannot", "aint", "won",
})
# fmt: on

# --- read at the depth of the rules person13 fixed ---
# The writer taking the word in a clause of their own after reported words ("you called
# me a rat so i will kill you", "he said that, and i think you're a moron"): a link, then
# a first-person subject; the speech verb's reach ends there (PersonRules).
OWN_SUBJECTS: Final[frozenset[str]] = frozenset({"i", "im", "ill", "imma", "ima", "we", "io"})
# fmt: off
CLAUSE_LINKS: Final[frozenset[str]] = frozenset({
    "so", "and", "but", "then", "again", "now", "or", "cuz", "because", "quindi", "e", "ma",
    "allora", "percio",
})
# fmt: on
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "whenever", "next", "se"})
# "my boss is a stupid bitch", "il mio capo è un verme": a person in the writer's life who
# is no close family, never a thing the writer owns ("my car is a piece of junk"). Close
# family and partners ("my brother is an idiot") stay banter, as forum2 reads them.
MY: Final[frozenset[str]] = frozenset(
    {"my", "our", "mio", "mia", "miei", "mie", "nostro", "nostra"}
)
# fmt: off
KIN: Final[frozenset[str]] = frozenset({
    "ex", "stepdad", "stepmom", "stepmother", "stepfather", "roommate", "neighbor",
    "neighbour", "coworker", "boss", "landlord", "teacher", "manager", "supervisor",
    "capo", "vicino", "vicina", "prof", "collega", "coinquilino", "coinquilina", "suocera",
    "suocero",
})
# fmt: on
# Words that alone after a speech verb leave the saying unfinished ("he told me, i will
# kill you" reports the words; "you called me a rat, i will kill you" does not).
SAID_FILLERS: Final[frozenset[str]] = frozenset(
    {"me", "us", "him", "her", "them", "you", "u", "that", "this", "it", "to", "so", "mi", "ci"}
)
# Judging words with no lexicon line of their own between an article and a name-call
# ("a lying bitch", "a spoiled brat"); the lexicon's own words pass too (Chat6Rules._copula_before).
# fmt: off
MODIFIERS: Final[frozenset[str]] = frozenset({
    "lying", "fat", "old", "dirty", "filthy", "lazy", "crazy", "greedy", "spoiled", "spoilt",
    "drunk", "utter", "massive", "sneaky", "rude", "miserable", "nasty", "evil", "vile",
    "ugly", "sad", "bitter", "selfish", "entitled", "insufferable", "stuck", "up",
    "lurido", "lurida", "grandissimo", "grandissima", "vecchio", "vecchia", "schifoso",
    "schifosa",
})
# fmt: on
