"""The olid21 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with other wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER Pelosi is unfit for office", "@USER she is totally unfit for office",
    "@USER they are all unfit for office", "@USER that judge is unfit for the bench",
    "@USER you're unfit for the job", "@USER @USER this governor is unfit for office",
    "@USER Hillary was always unfit for office and still is",
    "@USER the senator is unfit to hold office",
    "@USER he is mentally incompetent", "@USER she's mentally deranged",
    "@USER you are mentally incompetent", "@USER he's clearly mentally unfit",
    "@USER Waters is mentally deranged", "@USER that woman is mentally deranged",
    "@USER you need psychiatric help", "@USER you really need professional help",
    "@USER you need serious mental help", "@USER she needs professional help asap",
    "@USER this guy needs serious psychiatric help", "@USER ur the one who needs professional help",
    "@USER you need help. serious help.", "@USER you need some professional help",
    "@USER he is a fucking embarrassment", "@USER you're a fucking mess",
    "@USER she's a fucking joke", "@USER Trump is a fucking disaster",
    "@USER you're a damn disgrace", "@USER this woman is a fucking joke",
    "@USER he is such a fucking clown", "@USER you are a fucking embarrassment to the team",
    "@USER what a fucking joke he is", "@USER they are a fucking joke",
    "@USER you can go away now thanks", "@USER she can go away now",
    "@USER McCain can go away now", "@USER you can go away and stay away",
    "@USER they can all go away now", "@USER Kaepernick can go away now",
    "@USER you can go away forever lol", "@USER he can go away forever",
)

HELD_CLEAN: tuple[str, ...] = (
    "the doctor found him unfit for duty after the injury", "the bridge is unfit for traffic",
    "this food is unfit for human consumption", "was he unfit for office?",
    "reports say the officer was unfit for duty", "i'm unfit for the job honestly lol",
    "the land is unfit for farming", "my car is unfit for the road",
    "the defendant was found mentally incompetent", "i was mentally unfit to play today",
    "@USER do you need professional help finding a lawyer?", "@USER if you need help just dm me",
    "@USER you need professional help with the wiring", "i need mental help tbh",
    "@USER you need help with your homework?", "@USER we need serious help on defense",
    "my mom needs professional help after the surgery", "@USER he needs help carrying the boxes",
    "we need some serious help in the kitchen", "@USER you need help? im here",
    "my desk is a fucking mess", "i'm such a fucking mess lately",
    "this season has been a fucking disaster", "the meeting was a fucking joke",
    "the refs were a damn joke tonight", "our defense is a fucking embarrassment",
    "the whole thing was a fucking mess lol", "that bill is a fucking disgrace",
    "@USER she's a fucking queen", "@USER he's a damn hero",
    "@USER you are a fucking legend mate", "@USER this man is a fucking genius",
    "@USER you can go away for a few days", "the cough can go away on its own",
    "@USER when can you go away on vacation?", "the smell can go away after a day",
    "we can go away this summer", "@USER you can go away to college next year",
    "@USER can you go away for christmas?", "the rash can go away in a week",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck this weather is a fucking mess", "holy shit what a fucking game",
    "damn i need a fucking nap", "shit happens lol", "fucking love this song",
    "the traffic is a damn joke lmao",
)
