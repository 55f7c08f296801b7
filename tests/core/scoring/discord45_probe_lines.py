"""The discord45 probe lines (issue 8): death wishes, non-existence wishes and exclusion
aimed at the reader or the people in the room that the older rules missed ("you should all
die", "i wish you were never born", "you people need to get out of our country", "they need
to leave our country" with no "they" named before, "make them wish they never existed"),
the clean lines in the same words (wishes about things, hypotheticals and fiction, "you
should all come", a trip abroad, "i wish you were here"), and friendly swearing. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a death wish at the reader or the room
    "you should all die", "u should all die", "y'all should all die", "you lot should all die",
    "you people should all die lol", "you guys should all die", "honestly you should all die",
    "all of you should die", "you all should die", "i want you all dead",
    # a non-existence wish at the reader
    "i wish you were never born", "i wish u were never born", "i wish y'all were never born",
    "i wish you'd never existed", "i wish you had never existed", "i wish u never existed",
    "i wish you people had never been born", "you should never have been born",
    "u should never have been born tbh", "make them wish they never existed",
    "make you wish you were never born",
    # exclusion from the country at the reader or a bare "they"
    "you need to get out of our country", "you people need to get out of our country",
    "u need to leave our country", "y'all need to leave our country",
    "you lot should leave our country", "they need to leave our country",
    "they should get out of our country", "they all need to leave our country",
    "get out of our country you people", "get out of our country",
    "you guys must leave our country", "all of you need to get out of this country",
    "nobody would miss y'all", "the world would be better without y'all",
)

TUNE_CLEAN: tuple[str, ...] = (
    # wishes about things or the speaker
    "i wish this game never existed", "i wish i was never born lol",
    "i wish mondays never existed", "i wish that update had never existed",
    "i wish you were here", "i wish you were coming tonight", "i wish you had told me sooner",
    "what do you wish you were doing right now", "i miss you all so much",
    # hypotheticals, fiction, reports and negation
    "in the movie he says 'you should all die'", "the villain yells you should all die",
    "he said i wish you were never born and walked off", "i would never say you should all die",
    "nobody thinks you should never have been born", "did he really say you should all die?",
    # invitations and advice
    "you should all come", "you should all try this", "you should all watch it",
    "you guys should all join the server", "y'all should all play this tonight",
    "you should all die laughing at this clip",
    # leaving a country for the speaker's own reasons
    "we need to leave our country for the holidays", "i need to get out of this country for a bit",
    "they need to leave our country by friday or their visas expire, so they're packing",
    "my parents had to leave our country when i was small",
    "you need to get out of the house more", "you should leave the server if it's lagging",
    "do you need to leave our country for the exam?", "we should all leave early",
    "nobody would miss the old map", "the world would be better without traffic",
    "i hope you all have fun tonight",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit you guys are all here", "fuck yeah we all made it",
    "damn this server is lit", "shit i forgot my charger lol",
    "hell yeah y'all killed it tonight", "what the fuck that was amazing",
)
