"""The threats16 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "good thing we arent in the same room", "thank god we're not in the same room right now",
    "lucky we're not face to face", "its a good thing we're not in the same place bro",
    "good thing we re not in the same room man", "thankfully we are not in the same room rn",
    "good thing we aren't in person", "thank god we are not in the same room or else",
    "luckily we arent face to face", "it's a good thing we aren't in the same building",
    "lucky we are not in the same room right now", "thank god we're not irl",
    "good thing we're not in the same house", "fortunately we aren't in the same room rn",
    "good thing we're not in the same room dude", "thank god we aren't in the same place",
    "its a good thing we arent face to face rn", "lucky we're not in person or else",
    "good thing we are not face to face right now", "thank god we re not in the same room bro",
    "lucky i cant get my hands on u rn", "good thing i don't know where you live",
    "thank god i dont know where u live", "its a good thing i can't get my hands on you",
    "luckily i don't know where you live", "good thing i cant find u",
    "thank god i cant reach u", "lucky i can't find you irl",
    "good thing i dont know ur address", "thank god i can't find you right now",
    "fortunately i cant get my hands on you", "good thing i couldnt find you",
    "lucky i dont know where you stay bro", "thankfully i cant reach you rn",
    "its a good thing i don't know where u live", "thank god i can't see you rn",
    "good thing i cannot get my hands on you", "lucky i can't reach u right now",
    "good thing i didnt catch you", "thank god i dont know your address",
)

HELD_CLEAN: tuple[str, ...] = (
    "good thing we're not in the same room, i'm sick",
    "thank god we're not in the same class this year lol",
    "lucky i cant get my hands on those shoes, too expensive",
    "good thing we arent in the same room, my mic is so loud",
    "thank god we're not in the same time zone",
    "i'm glad we're not in the same room, i'd never get work done",
    "is it a good thing we're not in the same room?",
    "my mom said good thing we're not in the same room",
    "good thing we're not on the same team tonight",
    "lucky we're not in the same group for this assignment",
    "good thing they aren't in the same room", "good thing we're not in the same room lmao jk",
    "thank god i dont know where he lives", "good thing i cant find my charger",
    "lucky i dont know where you live, i'd bring you soup every day",
    "good thing i can't see you right now, my hair is a disaster",
    "thank god i can't get my hands on that new phone yet",
    "luckily i dont know where that party is",
    "good thing i couldnt find you at the store, i looked awful",
    "i'm lucky i can't see you, you'd make me laugh",
    "we're lucky we aren't in the same room, we'd never stop talking",
    "thank god we aren't in the same room, your cold sounds nasty",
    "good thing we're not face to face, i'd start crying",
    "she texted good thing i dont know where you live",
    "lucky i cant reach you by email this week",
    "good thing i can't see you right now, i'm still in bed",
    "thankfully we're not in the same room for the test",
    "good thing i dont know where you live or id show up with pizza",
    "thank god i didnt see you there, i was so awkward",
    "good thing i can't find you in this crowd, it's massive",
    "lucky we aren't in the same class, you'd distract me",
    "good thing we're not in the same room on this call, the echo is bad",
    "thank god we are not in the same city, the storm hit there",
    "why is it a good thing we're not in the same room?",
    "lucky i cant find you on the map, where are you",
    "good thing i don't know where you live, i'd never leave your couch",
    "thankfully i couldnt find you, i needed the alone time",
    "\"lucky i cant get my hands on you\" is a line from the movie",
    "fortunately we're not in the same room for the meeting",
    "good thing i can't reach you today, my phone died",
)

HELD_SWEARING: tuple[str, ...] = (
    "thank god this fucking week is over", "good thing we're in the same damn squad lol",
    "holy shit i'm lucky i found it", "fuck yeah we finally met irl",
    "damn i cant afford this shit", "shit, good thing i saved my work",
)
# fmt: on
