"""The discord45 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time, their verdicts not looked at until the final count.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you all should just die", "ya should all die", "yall should all die",
    "you people must all die", "you lot must die", "everyone here should die, all of you",
    "you guys should all just die already", "i hope you people all die",
    "i want u all dead", "you should all drop dead",
    "i wish you were never even born", "i wish yall were never born",
    "i wish you lot were never born", "i wish u had never existed",
    "i really wish you never existed", "i wish you people never existed",
    "you should've never been born", "you lot should never have been born",
    "we should make them wish they were never born", "make em wish they never existed",
    "you need to leave our country", "you people should get out of our country",
    "u lot need to get out of our country", "yall must leave our country",
    "you all need to get out of this country", "they should leave our country",
    "they need to get out of our country now", "they must leave our country",
    "get out of our country, all of you", "leave our country you people",
    "you guys should go back to your country", "you need to go back where you came from",
    "no one would miss y'all", "nobody would miss any of you",
    "the world would be better off without y'all", "the world would be better without all of you",
    "nobody would miss you people", "honestly the world would be better without you guys",
    "i wish u would all die", "you people deserve to die",
)

HELD_CLEAN: tuple[str, ...] = (
    "i wish this server never existed", "i wish i had never been born lmao",
    "i wish homework never existed", "i wish that patch was never released",
    "i wish you were at the party", "i wish u could come with us",
    "i wish you had been there", "i wish you guys were here",
    "in the show she screams you should all die", "the boss line is 'you should all die'",
    "she told me he said i wish you were never born", "no one should say you should all die",
    "why would you say you should all die?", "i'd never wish you were never born",
    "you should all come over", "you guys should all vote", "y'all should all see this",
    "you should all die of laughter at this meme", "you lot should all sign up",
    "we need to leave our country next month for the trip",
    "i had to leave our country for work", "they had to leave our country during the war",
    "you need to get out of the rain", "you should leave our country a review on the app",
    "should we leave our country for the summer?", "you need to get out of your comfort zone",
    "nobody would miss that old song", "the world would be better without spam calls",
    "i wish they never existed, those bugs in the game",
    "make it so they never existed in the lore",
    "i miss y'all", "you all should rest up", "you need to go back to bed",
    "go back to your country and enjoy the holidays!", "they need to leave by nine",
    "you should all be proud", "all of you should come tomorrow",
    "i want you all there", "i want you all ready", "nobody would miss a free meal",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck it we ball", "holy shit y'all this is insane", "damn that was close",
    "shit happens lol", "hell yes we all won", "fucking finally it works",
)
