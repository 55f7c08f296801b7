"""Shape words of the olid6 round's rules (issue 8, ninth session: targeting_olid6.py).

The lexicon lines under "olid6" headers are phrases; these sets say which rule reads each
and what may stand around it. Kept here, not in cues.txt, so no older rule sees a new
known word.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.olid5_words import PREDICATE_REPORTED

# fmt: off
# A faint name-call noun said with its article ("he is a fraud", "you're a tool", "she is
# a disgrace to the party"): the noun alone weighs too little to be read as a name-call
# ("voter fraud", "a tool for the job"), the article and a person's copula make it one.
CALLED: Final[frozenset[str]] = frozenset({
    "a fraud", "a total fraud", "a complete fraud", "an absolute fraud", "such a fraud",
    "a scammer", "such a scammer",  # discord15: "that youtuber is a scammer"
    "a tool", "such a tool", "a total tool", "a complete tool",
    "a disgrace to", "an embarrassment to", "a traitor to", "a danger to",
    "a sorry excuse", "such a sorry excuse", "a poor excuse",
    # the second part: someone's mouthpiece, everything wrong with something
    "a puppet for", "a puppet of", "a shill for", "a mouthpiece for", "a stooge for",
    "everything wrong with", "everything that is wrong with", "everything that s wrong with",
})
# Called phrases that end on the word leading to what the person is called of or for:
# no clause end needed after them ("a disgrace to the badge", "a shill for big pharma").
LEADING_ON: Final[tuple[str, ...]] = (" to", " for", " of", " with")
# A name-call noun exclaimed at a person, the whole sentence: "what a clown", "what an
# absolute hypocrite!" ("what a monster" is awe as often, "what a joke" judges a thing).
EXCLAIMED: Final[frozenset[str]] = frozenset({
    "clown", "hypocrite", "loser", "coward", "liar", "creep", "moron", "idiot", "jerk",
    "hack", "phony", "sellout", "shill", "traitor", "fool", "douche", "weirdo", "pos",
    "bigot", "snowflake", "embarrassment", "scumbag", "tool", "a fraud", "a tool",
    # insults19: the faint nouns with their modifier ("what a total tool")
    "a total tool", "a complete tool", "a total fraud", "a complete fraud", "an absolute fraud",
})
EXCLAIM_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
EXCLAIM_REACH: Final = 4  # "what a pathetic little clown": "what", the article, two modifiers
# ("a pathetic excuse" is left out: its "a" would let the joined-word reader split
# "apathetic" into "a pathetic".)
# What the reader alone is told they are ("you are the problem", "you are part of the
# problem", "you are incapable of ..."): the phrase holds its subject, so only reports,
# conditions, questions and laughter around it undo it. "you're crazy", "you're sick",
# "you're insane" are left out: game chat says them as praise ("dude you're insane").
READER_TOLD: Final[frozenset[str]] = frozenset({
    "you are the problem", "you re the problem", "youre the problem", "ur the problem",
    "u r the problem", "you are part of the problem", "you re part of the problem",
    "youre part of the problem", "ur part of the problem",
    "you are incapable of", "you re incapable of", "youre incapable of",
    # the second part: the reader's lost credibility, integrity, decency
    "you have no credibility", "you have zero credibility", "u have no credibility",
    "you have no integrity", "you have zero integrity", "u have no integrity",
    "you have no morals", "you have zero morals", "you have no decency",
    "you have no dignity", "you have lost all credibility", "you ve lost all credibility",
    "youve lost all credibility", "you lost all credibility",
})
# (The reader's lost credibility holds its noun: whatever follows, "on this", "left",
# "with me", says no more than where.)
# A political group said to be sick, insane, terrorists or the enemy ("democrats are
# sick", "antifa is a terrorist organization", "the left is out of control"): the phrase
# opens with its copula, the group stands before it.
GROUP_CALLED: Final[frozenset[str]] = frozenset({
    "are sick", "are insane", "are crazy", "are nuts", "are out of control",
    "is out of control", "is a terrorist organization", "are a terrorist organization",
    "is a terrorist group", "are a terrorist group", "is a domestic terrorist organization",
    "is a domestic terrorist group", "are the enemy", "are the enemy of the people",
    "is a mental illness",
})
# Between a group and its copula: "liberals are all sick", "democrats really are insane".
GROUP_FILLERS: Final[frozenset[str]] = frozenset({
    "all", "so", "just", "really", "truly", "literally", "simply", "now", "still", "always",
    "clearly", "obviously", "honestly", "officially", "completely", "totally", "basically",
})
# A singular group word heading its phrase: "antifa is", "the left is", "the gop is".
SINGULAR_GROUP_HEADS: Final[frozenset[str]] = frozenset({"antifa", "gop", "maga", "left", "right"})
# After a called phrase, in its clause: its end, a joining word or what it is a disgrace
# to; anything else describes on ("a fraud investigator", "a tool shed").
CALLED_AFTER: Final[frozenset[str]] = frozenset({
    "and", "who", "that", "for", "to", "of", "with", "like", "lol", "smh", "period", "too",
})
# After a group's phrase: "sick people", "insane and dangerous", "the enemy of america".
GROUP_AFTER: Final[frozenset[str]] = frozenset({
    "people", "folks", "and", "period", "too", "af", "smh",
})
# After what the reader is told, in its clause: its end or a joining word; "you are sick
# of it", "you're crazy good", "you are the problem solver" go on to say something else.
READER_AFTER: Final[frozenset[str]] = frozenset({"and", "period", "smh", "too", "af", "here"})
# After "the problem": where it is the problem ("you are the problem with this country").
PROBLEM_AFTER: Final[frozenset[str]] = frozenset({"with", "in", "here", "and", "period", "smh"})
# Subjects a called phrase may be said of, besides the reader and "he"/"she".
THIRD_SUBJECTS: Final[frozenset[str]] = frozenset({
    "he", "she", "hes", "shes", "him", "her", "guy", "man", "woman", "dude", "lady",
    "senator", "president", "governor", "mayor", "judge", "congressman", "congresswoman",
    "politician", "candidate", "nominee", "reporter", "journalist", "pm", "minister",
    # discord15: the people a server talks of ("streamer is a fraud")
    "streamer", "youtuber", "tiktoker", "influencer", "creator", "admin", "moderator",
})
# Words that may stand between the copula and a called phrase: "is just a fraud".
CALLED_BRIDGE: Final[frozenset[str]] = frozenset({
    "just", "really", "truly", "clearly", "obviously", "literally", "simply", "nothing",
    "but", "also", "still", "always", "such", "absolutely", "completely", "totally",
})

# review9b: the readings around these phrases that say something else.
# What "a danger to" may be a danger to without harm meant: oneself (concern: "she is a
# danger to herself"), the other side of a game ("a danger to any defense"), or one's own
# time and money in jest ("netflix is a danger to my sleep").
DANGER_NOT_HARM: Final[frozenset[str]] = frozenset({
    "herself", "himself", "yourself", "themselves", "themself", "myself", "itself",
    "enemy", "enemies", "opponent", "opponents", "defense", "defence", "defenders",
    "wallet", "sleep", "productivity", "diet", "schedule", "savings", "waistline", "grades",
})
# A word no list knows that is a thing by its ending, never a name ("astrology is a
# fraud", "homeopathy", "capitalism", "the education", "the government").
THING_ENDINGS: Final[tuple[str, ...]] = (
    "ism", "isms", "ology", "ologies", "pathy", "ness", "tion", "tions", "ment", "ments",
    "ity", "ics",
)
# After a lacking phrase, a noun it qualifies: "you have no credibility issues".
LACKING_COMPOUND: Final[frozenset[str]] = frozenset({
    "issue", "issues", "problem", "problems", "concern", "concerns", "worries", "points",
    "score",
})
# A bad thing the reader is said to be incapable of, within three words: praise
# ("you're incapable of taking a bad photo", "incapable of losing", "of being mean").
DENIED_BAD: Final[frozenset[str]] = frozenset({
    "bad", "mean", "rude", "boring", "unkind", "ugly", "losing", "lose", "failing",
    "wrong", "hate", "hating", "evil", "cruel",
})
# Before "the left"/"the right": a place, not the political side ("the car on the left").
PLACE_BEFORE: Final[frozenset[str]] = frozenset({"on", "to", "from", "at", "in"})
# Before the subject, besides olid5's report words: another's thinking or telling ("stop
# thinking you're a fraud", "imposter syndrome tells you you're a fraud").
REPORTED_MORE: Final[frozenset[str]] = frozenset({"thinking", "tells"})
# The report words olid6, olid7, olid8 and olid9 read before a subject.
REPORTED: Final[frozenset[str]] = PREDICATE_REPORTED | REPORTED_MORE
# A reply that undoes the phrase asked back ("you're a fraud? no way, ..."): alone, or
# "no way" (never "no wonder").
ANSWER_NO: Final[frozenset[str]] = frozenset({"no", "nope", "nah"})
