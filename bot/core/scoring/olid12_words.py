"""Word lists of the olid12 round (issue 8, fifteenth session): the habitual lie, "ruin
everything" of a person, "need to go away" of a person, and the readings of "go away",
"no one asked" and "you know nothing" that name no one (targeting_olid12.py)."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import olid5_words
from bot.core.scoring.verdict import TargetKind

# fmt: off

# The lie verbs olid5 reads (its lexicon lines), which olid12 reads again as a habit.
LIE_TERMS: Final[frozenset[str]] = olid5_words.LIE_TERMS
# Who the habitual liar may be: a person pronoun (a name or a political group is tested apart).
LIARS: Final = frozenset({"he", "she", "they", "hes", "shes", "theyre"})
# Right after the verb, one word making the lie a habit: "she lies constantly".
HABIT_AFTER: Final = frozenset({
    "constantly", "nonstop", "continually", "continuously", "incessantly", "endlessly",
    "habitually", "compulsively", "repeatedly", "always", "daily", "everyday", "again",
})
# Right after the verb, two or three words making it a habit: "he lies all the time",
# "she lies every time she speaks", "they lie about everything", "he lies so much".
HABIT_AFTER_PAIRS: Final = frozenset({
    ("all", "the"), ("every", "time"), ("every", "day"), ("every", "single"),
    ("about", "everything"), ("about", "anything"), ("so", "much"), ("a", "lot"),
    ("like", "a"), ("non", "stop"), ("24", "7"), ("through", "his"), ("through", "her"),
    ("through", "their"), ("whenever", "he"), ("whenever", "she"), ("whenever", "they"),
    ("all", "day"), ("more", "than"),
})
# Before the verb (between the liar and it), a word making it a habit: "he always lies",
# "she keeps lying", "they are constantly lying".
HABIT_BEFORE: Final = frozenset({
    "always", "constantly", "continually", "habitually", "repeatedly", "compulsively",
    "pathologically", "routinely", "keep", "keeps", "shamelessly",
})
# After the lie verb, within its clause, a place to rest: the verb is lying down, not a
# falsehood ("he always lies in bed till noon", "she lies all the time in the sun"). review18.
RESTING_PLACES: Final = frozenset({
    "bed", "sun", "couch", "sofa", "floor", "grass", "beach", "hammock", "sand", "ground",
    "shade", "bath", "bathtub", "pool", "blanket", "pillow", "lap", "rug", "carpet",
})
RESTING_REACH: Final = 6
# After a pause later in the sentence, the claim handed to its source: reported speech, not
# the writer's accusation ("they lie about everything, says the tax office"). review18.
REPORT_TAIL: Final = frozenset({"says", "said", "say", "according", "claims", "claimed"})
# Before "lying", the habit said as a lack of scruple: "he has no problem lying".
NO_PROBLEM: Final = ("no", "problem")
# Before a political group opening its clause: "these liberals lie all the time".
GROUP_DETERMINERS: Final = frozenset({"these", "those", "the", "all"})
# Before the subject, the words that leave it opening its clause: "and he lies constantly".
CLAUSE_LEADS: Final = frozenset({
    "and", "but", "because", "cause", "cuz", "coz", "so", "plus", "lol",
})

# "ruin everything" said of a person (the older rules read it of "she", not of "they" or a name),
# and olid12's "destroy everything" and "never tells the truth" lines.
RUIN_TERMS: Final = frozenset({
    "ruin everything", "ruins everything", "destroy everything", "destroys everything",
    "never tells the truth", "never tell the truth", "never told the truth",
})
# olid12's own wrecker lines, read only closing their clause or before "they touch".
DESTROY_TERMS: Final = frozenset({"destroy everything", "destroys everything"})
WRECK_AFTER: Final = frozenset({"you", "u", "he", "she", "they", "that", "lol", "smh", "again"})
# The terms whose verb agrees with a singular name: "Trump ruins everything", "Schiff lies
# nonstop" (a plural "cats ruin everything", "cats lie all day" names no one).
SINGULAR_TERMS: Final = frozenset({
    "ruins everything", "destroys everything", "lies", "lied", "has no clue",
    "never tells the truth", "never told the truth",
    "doesn t have a clue", "doesnt have a clue",
})
# Between the subject and "ruin everything": "they always ruin everything".
RUIN_BRIDGE: Final = frozenset({"always", "just", "literally", "really", "seriously", "truly"})
# The subjects read as people before "ruin everything": "they", "he", "she".
RUINERS: Final = frozenset({"they", "he", "she"})

# "go away" / "shut up" wanted of a person spoken of: "they just need to go away", "he should
# go away", "he needs to shut up", "tell him to shut up".
GO_AWAY: Final = "go away"
WANTED_GONE: Final = frozenset({GO_AWAY, "shut up"})
# The older readings they are read again from: a person spoken of, a mention.
SPOKEN_OF: Final = frozenset({TargetKind.THIRD_PERSON, TargetKind.MENTION})
# "tell <him/her/them/a name> to shut up", opening its clause or after a request; the older
# readings it is read again from (the older rules took "tell ... to" for a report).
TOLD_READINGS: Final = frozenset({
    TargetKind.THIRD_PERSON, TargetKind.MENTION, TargetKind.REPORTED,
})
TELL: Final = "tell"
TOLD: Final = frozenset({"him", "her", "them"})
TELL_LEADS: Final = frozenset({
    "someone", "somebody", "please", "pls", "plz", "just", "can", "could", "go", "and",
})
NEED_TO: Final = frozenset({"need", "needs", "have", "has"})
SHOULD: Final = frozenset({"should", "must", "shud", "shld"})
GO_AWAY_BRIDGE: Final = frozenset({
    "just", "really", "all", "simply", "seriously", "please", "still",
})
GONERS: Final = frozenset({"they", "he", "she"})
# After "go away", a trip, not an exit wanted ("they need to go away on vacation", "she
# should go away for the weekend"); "for good" / "for ever" stay wanted gone. review18.
TRIP_AFTER: Final = frozenset({"on", "to", "with", "together", "somewhere", "abroad"})
GONE_FOR: Final = frozenset({"good", "ever", "forever", "real", "life"})
# Before "go away", a future or a denial: a thing that will or won't pass, no order
# ("the pain won't go away", "it will go away", "the rash never goes away").
GO_AWAY_NOT_ORDER: Final = frozenset({
    "wont", "will", "never", "doesnt", "didnt", "would", "cant", "might", "may",
})

# The thing that will or won't go away: "it", or a noun after one of these ("the pain",
# "my cough", "this feeling"), a person noun or a name-call excepted.
PASSING_PRONOUNS: Final = frozenset({"it", "this", "that", "which"})
THING_DETERMINERS: Final = frozenset({
    "the", "my", "your", "his", "her", "our", "their", "this", "that", "a", "an",
})

# "no one asked" / "nobody asked" followed by "for" and a thing: "no one asked for a sequel".
ASKED_TERMS: Final = frozenset({"no one asked", "nobody asked"})
ASKED_FOR: Final = "for"
ASKED_THINGS: Final = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "it", "another", "more", "any",
})

# "you know nothing" followed by a verb whose subject is "nothing": "you know nothing can
# stop us", "you know nothing beats pizza".
KNOW_NOTHING_TERMS: Final = frozenset({"you know nothing"})
NOTHING_VERBS: Final = frozenset({
    "can", "could", "will", "would", "is", "was", "beats", "compares", "matters", "else",
    "comes", "stops", "lasts", "feels", "tastes", "makes", "gets", "goes", "happens",
})
# The first word after a name that agrees with one person: "Comey is lying", "Pelosi keeps
# lying", "Schiff has lied" ("lie"/"lying" after a name are read only so).
SINGULAR_BRIDGE: Final = frozenset({"is", "s", "was", "keeps", "has"})

# olid12's "no clue" lines ("he has no clue"), read of a person closing the clause or before
# "what he is doing" / "what they are talking about".
CLUE_TERMS: Final = frozenset({
    "has no clue", "have no clue", "doesn t have a clue", "doesnt have a clue",
    "don t have a clue", "dont have a clue",
})
CLUE_BRIDGE: Final = frozenset({"clearly", "obviously", "just", "really", "simply", "literally"})
CLUE_WHAT: Final = "what"
CLUE_WHAT_REACH: Final = 6
CLUE_DOINGS: Final = frozenset({"doing", "talking", "saying"})
# Before "ruin everything", a condition ("if he ruins everything, we start over"); a question
# is left to the older rules ("why do women always ruin everything?" is a reproach).
RUIN_HEDGES: Final = frozenset({"if", "unless", "whether"})
# Before the subject, a condition or a question: "if he has no clue", "does he have no clue?".
CLUE_HEDGES: Final = frozenset({"if", "does", "do", "did", "whether", "unless", "maybe", "think"})

# "lying" heading a name-call: "@USER lying sack of crap", "what a lying scumbag".
LYING: Final = "lying"
LYING_CALLED: Final = frozenset({
    "sack", "piece", "pos", "scumbag", "snake", "bastard", "hypocrite",
})
LYING_LEADS: Final = frozenset({("what", "a"), ("such", "a")})
# After "no clue", words that leave the phrase closing its clause: "no clue and ...", "no
# clue lol", "no clue whatsoever", "no clue at all".
CLUE_CLOSERS: Final = frozenset({"and", "but", "lol", "lmao", "smh", "whatsoever", "at"})
