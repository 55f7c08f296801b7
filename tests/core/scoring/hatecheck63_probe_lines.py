"""The hatecheck63 probe (issue 8): a named identity group promised harm in a veiled
threat ("muslims won't know what hit them", "the days of the refugees here are
numbered", "jews will regret ever coming here") or denied its worth by a question ("who
even needs women?", "what are immigrants even good for?", "what's the point of trans
people?"), and the clean lines in the same words that must stay clean (the same phrases
about people at large, teams, things and chores, real questions, neutral mentions,
counter-speech and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a veiled threat: the group will be hit, its days are numbered, it will regret
    "muslims won't know what hit them", "those immigrants won't know what hit them",
    "the gays will never know what hit them", "trans people wont know what hit em",
    "jews won't even know what hit them", "the days of the refugees here are numbered",
    "women's days are numbered", "the days of black people in this town are numbered",
    "disabled people are living on borrowed time",
    "immigrants are on borrowed time in this country", "the jews will never see it coming",
    "gay people won't see it coming", "muslims will regret ever coming here",
    "trans people will regret this", "women will regret the day they got the vote",
    "refugees are gonna regret setting foot here", "the gays should be very afraid",
    "jews should be afraid, very afraid",
    # worth denied by a question
    "who even needs women?", "who needs immigrants anyway", "who really needs disabled people",
    "what are muslims even good for?", "what are trans people good for anyway",
    "what is a jew good for", "what use are gay people to anyone?",
    "what use is a disabled person", "what's the point of black people",
    "whats the point of women even", "what is the point of refugees",
    "do we even need immigrants?", "why do we even need muslims",
    "what do women even contribute?", "what have disabled people ever contributed",
    "honestly who needs trans people", "what are black people good for lol",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same phrases about people at large, teams, things and chores
    "he won't know what hit him when the party starts",
    "the other team won't know what hit them", "the weeds won't know what hit them",
    "the days of dial-up are numbered", "my old laptop's days are numbered",
    "the days of cheap flights are numbered", "this printer is living on borrowed time",
    "the defenders will never see it coming", "you'll regret skipping breakfast",
    "i regret this haircut so much", "spiders should be very afraid of my slipper",
    "who needs a ride tomorrow?", "who even needs a fancy phone anyway",
    "who needs enemies with friends like these", "what are these buttons even good for?",
    "what is this app good for", "what use is a map without roads",
    "what's the point of this meeting", "do we even need a car in the city?",
    "what use are vaccines if nobody takes them",
    # neutral mentions and real questions about a group's things
    "many immigrants regret leaving home so young",
    "what is the point of the trans flag colours?",
    "black people who need help can call this number",
    "a muslim friend of mine says the days of cheap rent are numbered",
    "immigrants are good for the economy", "who needs a lift to the gay pride march?",
    "what do women need most from their doctors?",
    # counter-speech and reports
    "anyone who asks what women are even good for is a bigot",
    "asking who even needs immigrants is ignorant, they built this country",
    "he asked what muslims are good for and got banned",
    "saying the jews won't know what hit them is a vile threat",
    "posting that gay people's days are numbered got him reported",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we did it", "damn this song slaps",
    "well shit, the bus left without me", "this fucking game is so good lol",
    "shit, i forgot my keys again",
)
