"""Words of the precision32 round (issue 8, targeting_precision32.py): a curse said to a
thing named before it ("this stupid printer i hate you", "mondays i hate you"), and a
name-call inside a condition on anyone's conduct whose consequence falls on people at
large ("if you are just an asshole to everyone nobody will help you")."""

from __future__ import annotations

from typing import Final

from bot.core.scoring.verdict import Category

# fmt: off
# Hostility no thing named before it and no condition excuses ("this printer i will kill
# you" is no curse at the printer; "if you are a jerk kill yourself").
NEVER_EXCUSED: Final[frozenset[Category]] = frozenset({
    Category.THREAT, Category.SELF_HARM, Category.IDENTITY_ATTACK,
    Category.SEXUAL_HARASSMENT,
})

# -- a thing named before the curse ------------------------------------------------------
# The curses said to a thing ("printer [i hate you]", "wifi [fuck you]"); a verdict
# ending on "you" ("is sick of you", "plays better than you") is no curse.
CURSES: Final[frozenset[str]] = frozenset({
    "i hate you", "fuck you", "fuck u", "fuck ya", "screw you", "screw u",
})
# Words between the thing and the curse ("my alarm clock [i swear] i hate you", "this
# printer [ugh] i hate you").
CURSE_FILLERS: Final[frozenset[str]] = frozenset({
    "i", "swear", "ugh", "uggh", "ughh", "god", "omg", "man", "honestly", "seriously",
    "literally", "just", "really", "oh", "lord", "damn",
})
FILLER_REACH: Final[int] = 3
# Words that may close the curse instead of a pause ("i hate you so much", "i hate you
# lol", "fuck you today").
CURSE_TAILS: Final[frozenset[str]] = frozenset({
    "so", "much", "sm", "soo", "sooo", "lol", "lmao", "lmfao", "haha", "hahaha", "ugh",
    "today", "rn", "right", "now", "forever", "too", "fr", "tbh", "again", "already",
    "seriously", "honestly",
})
TAIL_REACH: Final[int] = 3
NAME_REACH: Final[int] = 4  # the thing's noun phrase: at most this many words back
# Everyday things cursed at beyond the lexicon's thing cues and controls9.THINGS: time,
# weather and health, school, devices and software.
MORE_THINGS: Final[frozenset[str]] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mornings", "nights", "hour", "hours", "season", "seasons", "winter", "summer",
    "spring", "autumn", "fall", "january", "february", "march", "april", "june", "july",
    "august", "september", "october", "november", "december", "deadline", "deadlines",
    "heat", "humidity", "cold", "wind", "storm", "heatwave", "hail", "fog", "sun",
    "pollen", "allergies", "fever", "flu", "hangover", "headache", "migraine", "cramps",
    "homework", "algebra", "calculus", "chemistry", "physics", "math", "maths",
    "biology", "geometry", "essay", "essays", "project", "projects", "finals", "quiz",
    "battery", "router", "autocorrect", "printer", "wifi", "laptop", "bluetooth",
    "spellcheck", "check", "software", "windows", "firmware", "captcha", "password",
    "passwords", "alarm", "clock", "notifications", "bills", "rent", "taxes", "coffee",
})
# Words that make the noun phrase a person's or the reader's, not a thing's ("you
# stupid printer", "his phone", "the printer guy" is caught by its noun).
NOT_THING_WORDS: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "your", "yours", "he", "she", "they", "him", "her", "them",
    "his", "their", "we", "us", "it", "is", "are", "was", "were", "and", "but", "or",
    "because", "cause", "cuz", "when", "if", "that", "who", "whoever",
})
# The cue lists whose words name a person or a people, or make the words before the
# thing a clause ("take my phone", "get this printer", "i love this app").
NOT_NAMING_CUES: Final[tuple[str, ...]] = (
    "person_noun", "identity", "identity_adjective", "people", "room", "role", "family",
    "imperative", "copula", "hate_verb", "wishing",
)

# -- a condition on anyone's conduct -----------------------------------------------------
CONDITIONS: Final[frozenset[str]] = frozenset({"if", "when", "whenever", "once"})
# Words between the condition's word and the name-call ("if [you are just an] asshole",
# "if [ur a] bitch"). No "so", "this", "that": those point at the reader ("if you're
# this stupid").
CONDITION_FILL: Final[frozenset[str]] = frozenset({
    "you", "u", "ya", "ur", "youre", "re", "r", "are", "a", "an", "just", "being",
    "kind", "of", "kinda", "bit", "always", "constantly", "really", "total", "complete",
    "act", "acting", "like",
})
FILL_REACH: Final[int] = 6
# The second-person subject of the condition.
YOU: Final[frozenset[str]] = frozenset({"you", "u", "ya", "ur", "youre"})
# Right after the name-call: conduct toward others or somewhere ("a jerk [to] waiters",
# "stupid [with] money", "a creep [at] the gym", "an asshole [online]").
CONDUCT: Final[frozenset[str]] = frozenset({
    "to", "with", "at", "in", "on", "online", "around", "towards", "toward", "about",
})
# The consequence's subject: people at large, or what happens to anyone ("nobody will
# help you", "people will notice", "karma will catch up", "life gets hard").
GENERIC_SUBJECTS: Final[frozenset[str]] = frozenset({
    "nobody", "noone", "people", "everyone", "everybody", "others", "they", "folks",
    "karma", "life", "ppl", "one",
})
CONSEQUENCE_REACH: Final[int] = 8  # tokens after the name-call read for the consequence
# The writer in the condition or its consequence makes it the writer's own threat or
# quarrel ("if you're rude to me again i will hurt you", "if you are a jerk we're done").
WRITER: Final[frozenset[str]] = frozenset({
    "i", "me", "my", "we", "us", "our", "im", "ill", "ima", "imma", "id", "ive", "myself",
    "mine",
})

# -- a group as the victim of a harm word's event ----------------------------------------
# The noun before "of" that makes the group the harm's victim ("black people are
# [victims of] violent crime", "muslims are [targets of] violent hate crimes").
VICTIM_NOUNS: Final[frozenset[str]] = frozenset({
    "victims", "victim", "targets", "target", "survivors", "survivor", "subject",
    "objects", "object",
})
# Harm nouns past control12_words.HARM_NOUNS ("violent crime", "violent incidents").
MORE_HARM_NOUNS: Final[frozenset[str]] = frozenset({
    "crime", "incidents", "incident", "beatings", "bullying", "assault", "policing",
    "robberies", "robbery", "killings", "shootings",
})
# A wish or a call in the sentence before makes the harm wished on the group ("muslims
# should be victims of violent attacks", "i hope jews are targets of ...").
WISHES: Final[frozenset[str]] = frozenset({
    "should", "hope", "hopefully", "wish", "deserve", "deserves", "need", "needs", "must",
    "ought", "let", "lets", "make", "gotta", "pray", "want", "wanna",
})
VICTIM_GAP_REACH: Final[int] = 3  # describing words read back from the harm word to "of"
WISH_REACH: Final[int] = 12
