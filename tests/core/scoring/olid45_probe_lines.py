"""The olid45 probe (issue 8): contempt for a named person or a political group through
their traits, in tweet style: a politician named as the owner of a vice joined by "and"
("trump and his arrogance", "pelosi and her lies"), and the vice "of" a group or a named
person ("the arrogance of liberals", "the sheer stupidity of democrats", "the hypocrisy of
the left"); and the clean lines in the same words that must stay clean (families, teams
and praise, the writer's own, sayings and history, things, negations, questions,
counter-speech, reports and quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a named person (or a group) owning a vice, joined by "and"
    "trump and his arrogance", "pelosi and her hypocrisy", "obama and his corruption",
    "hillary and her lies", "@USER schumer and his cowardice",
    "nancy pelosi and her delusions", "trump and his lies again",
    "maxine waters and her insanity", "@USER @USER feinstein and her dishonesty",
    "biden and his incompetence", "kavanaugh and his arrogance is exhausting",
    "soros and his corruption", "liberals and their lies", "he and his lies",
    "she and her lies never stop", "the media and their lies",
    "cnn and their lies again",
    # the vice of a group or a named person
    "the arrogance of liberals", "the hypocrisy of the left",
    "the sheer stupidity of democrats", "the corruption of the gop",
    "the ignorance of these people", "the utter incompetence of conservatives",
    "the cowardice of republicans is astounding",
    "@USER the hypocrisy of liberals never ends", "the bigotry of the right",
    "the dishonesty of the media", "the lunacy of the left is showing",
    "the insanity of progressives", "the racism of trumpers", "the arrogance of pelosi",
    "the corruption of hillary", "the stupidity of those people",
    "the greed of politicians", "amazing, the hypocrisy of these liberals",
)

TUNE_CLEAN: tuple[str, ...] = (
    # families, teams, praise and plain news
    "trump and his family visited texas", "pelosi and her courage",
    "pelosi and her husband", "obama and his daughters", "trump and his team landed",
    "trump and his supporters rallied in ohio", "biden and his wife voted early",
    # the writer's own, sayings and stories
    "me and my stupidity", "a man and his delusions",
    "the film follows hamlet and his delusions",
    # asked, denied, countered, reported, quoted
    "is it trump and his arrogance?", "stop blaming obama and his corruption",
    "he said trump and his lies were the problem",
    "\"pelosi and her hypocrisy\" is what they chant",
    "i dont think biden and his incompetence are to blame",
    # the vice of a thing, a time, mankind or the writer
    "the arrogance of youth is a song", "the corruption of the system",
    "the hypocrisy of it all", "the stupidity of my own mistake",
    "delusions of grandeur", "the ignorance of the law is no excuse",
    "the racism of the 1950s", "the insanity of this weather", "the arrogance of man",
    "she wrote about the corruption of the roman empire",
    "is it the arrogance of liberals?",
    "he said the hypocrisy of liberals was clear",
    "poor liberals, they lost again lol", "the cowardice of the lion in oz",
    "the greed of my cat knows no limits", "the stupidity of me",
    "the bigotry of the past must not return",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit trump and his team actually won lol", "damn the arrogance of youth is fun",
    "fuck yeah the game went to overtime", "shit, the corruption of my save file again",
    "hell yeah what a night", "this is fucking awesome",
)
# fmt: on
