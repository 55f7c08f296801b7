"""Words of the precision36 round (issue 8, targeting_precision36.py): a slur talked about
as a word, named bare, in frames the older mention rules (targeting_vulgar.py) did not
read: judged as a word past a verb ("retard used to be a medical term", "can faggot stop
being a derogatory term"), set beside another word ("the difference between nigga and
nigger"), or listed as words after a verb of hearing, saying or banning ("these slurs
include retard faggot tranny spic chink")."""

from __future__ import annotations

from typing import Final

# fmt: off
# Nouns that name a word as a word: "retard used to be a medical [term]".
WORD_NOUNS: Final[frozenset[str]] = frozenset({
    "word", "words", "term", "terms", "slur", "slurs", "insult", "insults", "label",
    "labels", "expression", "expressions", "epithet", "epithets", "swearword", "swearwords",
})
# Verbs, auxiliaries and time words between the bare word and the word noun that judge
# it as a word ("[used to be] a", "[can stop being] a", "[has always been] a", "[turned
# into] a"). At least one must come: "retard medical term" says nothing of the word.
JUDGING_VERBS: Final[frozenset[str]] = frozenset({
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "become",
    "becomes", "became", "used", "started", "starts", "turned", "turns", "went", "goes",
    "grew", "came", "stop", "stopped", "stays", "stayed", "remains", "remained",
})
# What else may stand in that run: auxiliaries, adverbs, articles and prepositions of
# the judging clause ("can [faggot] stop being a", "was [once] a", "went [from] an
# insult [to] a"). Describing words ("medical", "polite", "derogatory") are any other
# word that is no person and no hostile word; the rule tests those apart.
RUN_WORDS: Final[frozenset[str]] = frozenset({
    "to", "a", "an", "the", "once", "always", "never", "still", "just", "only", "not",
    "no", "now", "ever", "out", "as", "into", "from", "can", "could", "will", "would",
    "should", "might", "must", "and", "or", "both", "also", "really", "quite",
    "such", "so", "very", "its", "it", "all", "same", "in", "of", "some",
})
JUDGE_REACH: Final[int] = 8  # tokens after the bare word read for the word noun
# Before the word noun, a word that endorses calling people by it: "retard is the
# [only] word for you", "faggot is the [perfect] word". Never a mention.
ENDORSING: Final[frozenset[str]] = frozenset({
    "right", "perfect", "best", "only", "correct", "proper", "exact", "exactly", "good",
    "fitting", "apt", "accurate", "true", "real",
})
# After the word noun, what applies it to someone: the reader or a pronoun anywhere in
# APPLIED_REACH tokens ("the word for [you]", "a term for [them]", "[fits] you"), or a
# pointer right after "for" ("the word for [that] woman").
APPLIED: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "your", "yourself", "yall", "them", "him", "her", "fits",
    "suits", "describes",
})
FOR_POINTERS: Final[frozenset[str]] = frozenset({
    "that", "this", "those", "these", "people", "my", "his", "her", "their", "our", "your",
})
FOR: Final[frozenset[str]] = frozenset({"for", "to"})
APPLIED_REACH: Final[int] = 4
# "an insult [to] humanity", "a slur [against] us": the people insult something.
INSULT_NOUNS: Final[frozenset[str]] = frozenset({"insult", "insults"})
INSULTED: Final[frozenset[str]] = frozenset({"to", "for", "against", "on"})
# Openers the bare word may follow at its sentence's start: "[can] faggot stop being",
# "[when did] retard become", "[honestly] negro was".
OPENERS: Final[frozenset[str]] = frozenset({
    "can", "could", "when", "did", "does", "why", "how", "is", "was", "has", "honestly",
    "and", "but", "so", "yeah", "ok", "okay", "well", "like", "i", "think", "guess",
    "remember", "feel", "know",
})
OPENER_REACH: Final[int] = 3
# "the difference [between] nigga and nigger": the two words compared.
BETWEEN: Final[frozenset[str]] = frozenset({"between"})
PAIRING: Final[frozenset[str]] = frozenset({"and", "or", "vs", "versus"})
# Before a run of bare words listed as words: a word noun's naming link ("slurs
# [include] X Y Z", "slurs [like] X Y", "such [as] X Y"), after which the run may go on
# as a subject ("slurs such as X Y should be muted") ...
NAMING_LINKS: Final[frozenset[str]] = frozenset({
    "include", "includes", "included", "including", "like", "as",
})
# ... or a verb of hearing, saying, using, banning or counting them, after which the
# run must not go on as people do ("i heard faggot dyke and tranny get beaten up").
NAMING_VERBS: Final[frozenset[str]] = frozenset({
    "hearing", "heard", "hear", "hears", "say", "says", "said", "saying", "yell", "yells",
    "yelled", "yelling", "shout", "shouts", "shouted", "shouting", "scream", "screamed",
    "screaming", "ban", "bans", "banned", "banning", "filter", "filters", "filtered",
    "catch", "catches", "caught", "block", "blocks", "blocked", "delete", "deletes",
    "deleted", "bleep", "bleeps", "bleeped", "censor", "censors", "censored", "mute",
    "mutes", "muted", "type", "types", "typed", "typing", "use", "uses", "used", "using",
    "tweet", "tweeted", "list", "lists", "listed", "count", "counts", "counted", "track",
    "tracks", "tracked", "miss", "misses", "missed", "put", "puts", "threw", "throw",
    "throws", "around", "flag", "flags", "flagged", "write", "writes", "wrote", "spell",
    "spelled", "spelt",
})
NAMING_LEADS: Final[frozenset[str]] = NAMING_LINKS | NAMING_VERBS
# The writer saying the words now: "[i say] nigger kike and spic ...", "[we yell] ...".
WRITERS: Final[frozenset[str]] = frozenset({"i", "we", "ill", "im", "ima", "imma"})
SAYING_NOW: Final[frozenset[str]] = frozenset({
    "say", "yell", "shout", "scream", "type", "use", "tweet", "write", "throw", "put",
    "spell", "call",
})
# "like" and "as" lead a list only after a word noun or "such": "slurs like X Y", "such
# as X Y"; never "they look like retarded jerks".
LINKED_LEADS: Final[frozenset[str]] = frozenset({"like", "as"})
LINK_OPENERS: Final[frozenset[str]] = WORD_NOUNS | frozenset({"such"})
# Right after a run led by a verb, what makes its words people: a verb ("... get beaten
# up", "... are ruining"), sending off ("... from the club", "... out of my country").
PEOPLE_AFTER: Final[frozenset[str]] = frozenset({
    "get", "gets", "got", "getting", "from", "out", "outta", "off", "go", "should", "need",
    "must", "will", "are", "were", "is", "was", "be", "deserve", "can", "who", "that",
})
# "at" with a person after it: "yell X and Y [at them]"; "at recess" names no one.
AT: Final[frozenset[str]] = frozenset({"at"})
LIST_REACH: Final[int] = 8  # tokens of a listed run read each side of the hit
LIST_LINKS: Final[frozenset[str]] = frozenset({"and", "or"})
# Right before the bare word: an article, a pointer, an owner, a quantifier or the
# reader make it a person ("the retard at work", "every faggot", "you kike").
NOT_BARE: Final[frozenset[str]] = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "ur", "his", "her",
    "their", "our", "you", "u", "ya", "yo", "yall", "every", "all", "any", "some", "no",
    "each", "one", "them", "him", "ye", "me", "us", "i", "we", "he", "she", "they",
})
# After a listed run, in its sentence: the reader, or a person pointed at ("i heard
# retard and spaz, you are both"), keeps the words aimed.
LIST_AFTER_REACH: Final[int] = 5
