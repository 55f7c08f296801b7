"""The olid45 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "obama and his arrogance", "hillary and her corruption", "pelosi and her insanity",
    "schumer and his hypocrisy", "trump and his incompetence", "@USER biden and his lies",
    "@USER @USER pelosi and her lies again", "feinstein and her cowardice",
    "chuck schumer and his delusions", "hillary clinton and her dishonesty",
    "soros and his lies", "warren and her lies", "democrats and their lies",
    "the left and their lies", "she and her arrogance", "@USER he and his corruption",
    "obama and his lies never end", "ford and her lies", "booker and his idiocy",
    "comey and his corruption",
    "the arrogance of democrats", "the hypocrisy of conservatives",
    "the stupidity of liberals", "the corruption of the left",
    "the sheer arrogance of these people", "the incompetence of republicans",
    "the utter hypocrisy of the gop", "@USER the ignorance of liberals is amazing",
    "the cowardice of the democrats", "the dishonesty of the left",
    "the idiocy of progressives", "the insanity of liberals is showing",
    "the bigotry of conservatives", "the corruption of obama",
    "the arrogance of schumer", "the lunacy of these democrats",
    "the stupidity of those folks", "the hypocrisy of the media",
    "the greed of republicans", "wow the sheer hypocrisy of liberals",
)

HELD_CLEAN: tuple[str, ...] = (
    "obama and his wife visited kenya", "hillary and her grandkids",
    "pelosi and her staff met today", "trump and his sons golfed",
    "biden and his dog", "schumer and his aides left",
    "warren and her kindness", "trump and his cabinet met on monday",
    "me and my arrogance lol", "every man and his delusions",
    "the play shows macbeth and his delusions", "was it obama and his corruption?",
    "quit blaming pelosi and her incompetence",
    "she said hillary and her lies cost the election",
    "\"trump and his lies\" was the headline",
    "i dont believe obama and his corruption are real",
    "pelosi and her leadership", "trump and his plane",
    "the arrogance of youth", "the corruption of the data",
    "the hypocrisy of the situation", "the stupidity of my plan",
    "the ignorance of the crowd in 1920", "the racism of the old laws",
    "the insanity of this traffic", "the arrogance of power",
    "the cowardice of the knight in the story",
    "are these the arrogance of liberals?",
    "she said the corruption of the gop was the issue",
    "poor democrats, they got crushed lol", "the greed of the stock market",
    "the incompetence of my router", "the idiocy of my own choices",
    "the lunacy of the full moon", "the bigotry of the old days is gone",
    "the dishonesty of the advertisement", "delusions of grandeur again",
    "the corruption of the file", "the stupidity of the question",
    "the arrogance of it",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit obama and his wife look great", "damn the arrogance of youth lol",
    "fuck yeah what a game", "shit, the corruption of the file again",
    "hell yes we won", "this is fucking great",
)
# fmt: on
