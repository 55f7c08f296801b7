"""The discord28 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ur so corny it hurts", "youre so corny", "you are corny", "ur literally the corniest",
    "u r actually corny", "bro ur so corny", "ngl ur kinda dry", "ur so dry bro",
    "youre so dry omg", "you're dry asf", "u so dry", "ur so unbearable",
    "youre actually unbearable", "you're so unbearable lol", "ur literally insufferable",
    "youre lowkey insufferable", "you are actually insufferable", "ur so irritating",
    "you're irritating af", "u r so irritating", "ur really irritating ngl",
    "ur jokes r so corny", "your humour is so dry", "your voice is irritating",
    "ur texts are so dry", "ur personality is corny", "your vibe is so dry",
    "ur laugh is so irritating lol", "your jokes are actually unbearable",
    "ur humor is so trash", "your humor is bad", "ur jokes are so trash",
    "your jokes are garbage", "ur humour is trash fr", "ur jokes are mid and corny",
    "ur voice is unbearable", "omg ur so corny stop", "ur so dry nobody wants to talk",
    "ur unbearable fr fr", "you're so corny its embarrassing",
)

HELD_CLEAN: tuple[str, ...] = (
    "the joke was so corny lol", "that line was corny af", "this anime is so corny",
    "the chat is dry tonight", "im dry today my bad", "i'm so corny i know",
    "my lips are so dry", "the gc is so dry rn", "this wait is unbearable",
    "the queue times are unbearable", "that sound is so irritating", "my voice is so irritating",
    "my jokes are so bad lol", "her jokes are corny", "the corn maze was fun",
    "popcorn and a movie tonight", "the dialogue in this show is corny",
    "am i too dry in text?", "is he corny or is it me?", "you're not dry at all",
    "ur not irritating dont worry", "your jokes are not corny",
    "ur hilarious", "ur jokes are fire", "your humor is amazing", "ur voice is so calming",
    "the desert map is so dry", "this season is peak", "that level was unbearable lol",
    "the air is so dry in winter", "ur laugh is so cute", "your jokes are elite",
    "corny jokes are the best jokes", "dry humor is my favorite", "the movie was unbearable",
    "the ads are so irritating", "this game is so corny but i love it",
    "is the server dry or is it just me", "irritating bug in the new patch",
    "my humour is trash lol",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck that was corny lmao", "shit the gc is so dry", "fuck this lag is unbearable",
    "damn nice clutch", "hell yeah gg", "fucking finally we won",
)
