"""Words of the hatecheck86 round (issue 8, targeting_hatecheck86.py): a claim about a
named group attributed to someone before it and taken up by the writer ("like my dad
says, ...", "its true what they say, ...", "my uncle says ... and hes not wrong")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.control12_words import COUNTER_JUDGEMENTS
from bot.core.scoring.hatecheck84_words import TAG_VERBS

# fmt: off
# --- The saying's verb in the lead before the claim: hatecheck84's speech verbs, and the
# saying's own ("as the saying goes", "as everybody knows", "as my dad put it", "as my
# grandpa used to tell me").
SAYING_VERBS: Final[frozenset[str]] = TAG_VERBS | frozenset({
    "goes", "knows", "know", "put", "tell", "taught", "teaches",
})
# --- A lead opening with these takes the saying up: "like my dad says, ...", "as they
# say, ...", "just like my grandpa said, ...".
LEAD_OPENERS: Final[frozenset[str]] = frozenset({"like", "as"})
JUST: Final[str] = "just"
# --- Chat's words before the lead: "lol like my uncle says, ...", "tbh as they say".
CHAT_OPENERS: Final[frozenset[str]] = frozenset({
    "lol", "lmao", "tbh", "ngl", "honestly", "yeah", "yea", "well", "and", "but", "so",
    "idk", "fr", "bro", "man", "ok", "okay",
})
# --- The saying called true before the claim: "its true what they say, ...", "what my
# grandpa said is true, ...", "my uncle said it best, ...".
TRUE: Final[str] = "true"
WHAT: Final[str] = "what"
IT_BEST: Final[tuple[str, str]] = ("it", "best")
# --- The lead's longest reach: opener, speaker, adverbs and the verb ("as my old man
# always said", "just like they said on the radio").
LEAD_REACH: Final = 8
# --- The claim's clause from the pause to the hit: the group, a copula and a few words
# ("black people are lazy", "all the immigrants here are vermin").
CLAIM_REACH: Final = 6
# --- In the claim's clause, a report or a name-calling of its own: the lead then passes
# on someone else's words ("as my teacher said, the nazis claimed jews were vermin",
# "like my teacher said, calling muslims vermin is how genocide starts").
REPORTING: Final[frozenset[str]] = SAYING_VERBS | frozenset({
    "called", "calling", "calls", "call", "saying", "claiming", "thought", "think",
    "thinks", "believed", "believe", "believes", "labelled", "labeled", "branded",
    "considered", "if", "that",
})
# --- A denial inside a clause: "muslims are not vermin", "its not true", "hes not wrong".
NEGATORS: Final[frozenset[str]] = frozenset({
    "not", "t", "nt", "never", "no", "isnt", "arent", "wasnt", "werent", "aint", "cant",
    "cannot", "dont", "doesnt", "didnt", "wont", "hardly", "nobody", "noone",
})
# --- After the claim, "and" and the writer taking it up within AGREE_REACH tokens: "and
# hes right", "and i agree", "and honestly fair", "and hes spot on", "and based".
AND: Final[str] = "and"
AGREE_REACH: Final = 6
AGREEING: Final[frozenset[str]] = frozenset({
    "right", "correct", "agree", "true", "fair", "based", "spot", "exactly",
})
# --- Denied, these agree: "and hes not wrong", "and i cant disagree", "i cant argue".
DENIED_DISSENT: Final[frozenset[str]] = frozenset({"wrong", "disagree", "argue"})
# --- "a point" after one of these agrees: "and he has a point", "and hes got a point".
POINT: Final[str] = "point"
HAVING: Final[frozenset[str]] = frozenset({"has", "have", "had", "got"})
# --- After an agreeing word, a word that turns it away from agreeing: "and i was right
# to report it", "right wing", "right now", "and thats exactly why i dont visit" (a
# reason or a time of the writer's own, not the saying taken up).
NOT_AGREEING_AFTER: Final[frozenset[str]] = frozenset({
    "to", "wing", "winger", "wingers", "now", "there", "here", "away", "in",
    "side", "hand", "why", "when", "where", "who",
})
# --- "that" after a saying verb opens the claim ("my dad said that ..."); in a claim's
# clause it marks a report (REPORTING).
THAT: Final[str] = "that"
# --- The writer's verdict on a saying: a word of condemnation ("and its disgusting", ",
# vile"), control12's counter-speech judgements and the names of a bigotry.
CONDEMNING: Final[frozenset[str]] = COUNTER_JUDGEMENTS | frozenset({
    "racist", "bigoted", "antisemitic", "islamophobic", "homophobic", "transphobic",
    "sexist", "xenophobic", "misogynistic", "disgraceful", "sickening", "appalling",
    "revolting", "insane", "unhinged", "dumb", "stupid", "idiotic", "braindead",
})
# --- Before the verdict, the saying as its subject: "and its disgusting", "thats vile".
JUDGING_SUBJECTS: Final[frozenset[str]] = frozenset({
    "its", "it", "s", "thats", "that", "this", "which",
})
# --- Between that subject or a copula and the verdict: "its so disgusting", "is such a
# dumb take", "is straight up racist".
HEDGES: Final[frozenset[str]] = frozenset({
    "so", "such", "a", "an", "just", "really", "honestly", "straight", "up", "pure",
    "total", "complete", "literally", "absolutely", "fucking", "very", "genuinely",
})
# --- A saying named after the claim, judged by a verdict before it: "... is such a dumb
# take", "... ? thats a disgusting thing to say" ("thing" only before "to say").
SAYINGS: Final[frozenset[str]] = frozenset({
    "take", "takes", "thing", "comment", "statement", "opinion", "talk", "remark",
})
# --- A saying named as false or hateful by its noun alone: "... is nazi propaganda",
# "... is a racist lie".
CONDEMNED_SAYINGS: Final[frozenset[str]] = frozenset({
    "lie", "lies", "propaganda", "myth", "nonsense", "bs", "bullshit", "rhetoric",
    "bigotry", "racism", "stereotype", "trope", "garbage",
})
THING: Final[str] = "thing"
TO_SAY: Final[frozenset[str]] = frozenset({"say", "post", "write", "tweet", "type"})
# --- Chat's tails after a verdict that still closes its clause: "and its disgusting tbh".
TAILS: Final[frozenset[str]] = frozenset({
    "tbh", "lol", "smh", "honestly", "ngl", "fr", "imo", "tho", "though", "man", "bro",
})
# --- Opening the sentence after a claim asked back: "... ? thats a disgusting thing to
# say", "... ? what a vile thing to post".
ASKED_BACK: Final[frozenset[str]] = frozenset({"thats", "that", "what", "wow", "how"})
# --- The copula that judges the claim before it: "women are stupid is such a dumb take".
JUDGING_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "s"})
# --- How far after the copula the verdict is looked for.
JUDGE_REACH: Final = 5
# --- The writer as the one saying it: "... is what i always say" stays the writer's own.
OWN_SPEAKERS: Final[frozenset[str]] = frozenset({"i", "we", "me", "us"})
# --- A report before a verdict: a saying verb or a gerund of one ("keeps saying").
REPORTS: Final[frozenset[str]] = REPORTING - {THAT, "if"}
# --- The claim's copula: "<group> are <word>".
COPULAS: Final[frozenset[str]] = frozenset({"are", "is", "r", "were", "was"})
