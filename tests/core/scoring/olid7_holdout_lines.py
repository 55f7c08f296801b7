"""The olid7 probe's held-back batch (issue 8): written after olid7_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a bad kind of person
    "@USER she is a cruel woman", "he is a wicked old fool", "@USER you are a petty little person",
    "that governor is a despicable man",
    "he is a terrible human", "@USER you're a bitter old woman",
    "they are awful people", "@USER what a vile man", "he's a mean spirited guy",
    # a third person's bad trait
    "@USER she is so stupid", "the president is utterly incompetent", "@USER he is really ignorant",
    "they are so corrupt", "@USER that reporter is a hack", "her brother is totally useless",
    "@USER the judge is biased and crooked", "he is a liar and a cheat", "@USER she is so fake",
    "that man is disgusting", "@USER they are heartless",
    # exclamations
    "@USER what a loser", "what a moron this guy is", "@USER what a fraud",
    "@USER such an idiot", "such a clown honestly",
    # questions
    "@USER are you this dumb in real life?",
    "is he always this stupid?", "@USER how are you this ignorant",
    "why is she so dumb?", "@USER do you ever stop lying?",
    # political groups
    "liberals are ruining america", "@USER democrats are a disgrace", "the gop are cowards",
    "@USER leftists are lunatics", "republicans are destroying our democracy",
    # shut up
    "@USER shut up already", "@USER @USER just shut your mouth", "@USER please shut up",
    # sarcasm
    "@USER brilliant idea, genius", "@USER good one, clown", "@USER whatever you say, snowflake",
    "@USER cry more, snowflake",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER she is a caring woman", "he is a wise old man", "@USER you are a thoughtful person",
    "that governor is a decent man",
    "he is a funny human", "@USER you're a young woman with talent",
    "they are great people", "@USER what a kind man", "he's a good natured guy",
    "@USER she is so smart", "the president is in new york today", "@USER he is really busy",
    "they are so excited", "@USER that reporter is a friend of mine", "her brother is totally fine",
    "@USER the judge is fair", "he is a doctor and a dad", "@USER she is so funny",
    "that dinner was disgusting lol", "@USER they are home now",
    "@USER what a goal", "what a day this has been", "@USER what a view",
    "@USER such a good point", "such a cute dog honestly",
    "@USER are you this good in real life?",
    "is he always this quiet?", "@USER how are you this fast",
    "why is she so happy?", "@USER do you ever stop working?",
    "liberals are hosting a debate",
    "@USER democrats are a majority in the house", "the gop are meeting today",
    "@USER republicans are split on the tax plan",
    "@USER shut up, i love it", "@USER my teacher told us to shut up",
    "@USER brilliant idea, thanks", "@USER good one, haha", "@USER whatever you say, boss, on it",
    "i called him a liar by mistake and said sorry", "is he a fraud? no, he is legit",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was close", "@USER shit happens", "damn it i missed the bus",
    "@USER fuck this weather", "this exam was fucking hard", "@USER hell no lol",
    "what the hell is going on with my phone", "@USER crap i spilled my tea",
    "fuck mondays", "@USER holy crap congrats", "shit shit shit im late",
)
