"""The threats16 probe (issue 8): a veiled threat at the reader said as relief that the
two are not together ("good thing we're not in the same room", "thank god we aren't face
to face"), or that the writer cannot reach the reader ("lucky i cant get my hands on you",
"good thing i dont know where you live"), the relief held by nobody named; and the clean
lines in the same words that must stay clean (relief going on with its reason, the
reach at a thing or a friendly act, the writer's own relief, other people, groups that
are no place, jokes, reports, questions and quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # relief that writer and reader are not together, closing the message
    "good thing we're not in the same room", "thank god we're not in the same room",
    "its a good thing we arent in the same room rn", "lucky we're not in the same room or else",
    "good thing we're not face to face", "thank god we aren't in the same place right now",
    "luckily we're not in the same room bro", "good thing we are not in person",
    "thankfully we're not in the same room", "good thing we re not irl",
    "good thing we're not in the same building rn", "thank god we aren't face to face right now",
    "lucky we arent in the same room dude", "good thing we're not in the same room. or else",
    "fortunately we're not in the same room", "be glad we aren't face to face",
    "you should be thankful we're not in the same room",
    # relief that the writer cannot reach the reader, closing the message
    "lucky i cant get my hands on you", "good thing i dont know where you live",
    "thank god i cant get my hands on you", "its a good thing i cant reach you rn",
    "lucky i dont know where u live", "good thing i can't find you",
    "thank god i don't know your address", "luckily i cant get my hands on u right now",
    "good thing i couldnt catch you", "lucky i cant find u irl",
    "thankfully i dont know where you live bro", "good thing i cant see you right now",
    "you're lucky i can't see you right now", "good thing i can't get my hands on you",
    "lucky i don't know where you stay", "its a good thing i cant find you",
    "fortunately i don't know where u live", "ur lucky i cant see u rn",
)

TUNE_CLEAN: tuple[str, ...] = (
    # relief going on with its reason
    "good thing we're not in the same room, i have covid",
    "good thing we're not in the same room, you'd hear me snoring",
    "i'm glad we're not in the same room, my place is a mess",
    "we're lucky we're not in the same room, we'd talk all night",
    "thank god we're not in the same room, ur cough sounds awful",
    "good thing we're not face to face, i'd cry",
    "lucky i dont know where you live, i'd visit every day lol",
    "good thing i cant see you right now, i look like a mess",
    "good thing i couldnt find you at the mall, i was so sweaty",
    "good thing i can't see you right now, i'm in my pajamas",
    "good thing i dont know where you live or id be at your door with cookies",
    "thank god i didnt see you, i was so embarrassed",
    "good thing i can't find you in the crowd, the concert is huge",
    "lucky i cant reach you by phone today",
    "i'm lucky i cant see you, i'd laugh",
    # groups that are no place, the reach at a thing
    "thank god we're not in the same class lol",
    "good thing we're not in the same team this season",
    "lucky we're not in the same group for the project",
    "thank god we aren't in the same time zone for this meeting",
    "thankfully we aren't in the same room for the exam",
    "lucky i cant get my hands on that skin, id be broke",
    "thank god i can't get my hands on that game yet", "good thing i cant find my keys",
    "luckily i dont know where that restaurant is",
    # other people, jokes
    "good thing they're not in the same room", "thank god i dont know where she lives",
    "good thing we're not in the same room jk",
    # reports, questions, quotes
    "is it good that we're not in the same room?",
    "she said good thing we're not in the same room",
    "he wrote good thing i dont know where you live",
    "\"good thing we're not in the same room\" is what my sister always says",
    "why is it lucky i cant find you?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "good thing we're not in the same fucking class lol", "thank god this shit is over",
    "lucky as hell i found my wallet", "fuck yeah we're in the same room again",
    "damn good thing i cant afford that shit", "holy shit im so lucky",
)
# fmt: on
