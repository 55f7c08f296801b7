"""The threats17 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as threats17_probe_lines.py and before any rule; counted only as totals,
at the start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "if this wasnt the internet ur dead", "if this wasnt online youd be dead",
    "if we were irl ur toast", "if this was real life you'd be finished",
    "if this wasn't the internet you would be dead", "you'd be toast if this was irl",
    "if this wasnt a game chat you'd be dead", "if it wasnt for this screen you'd be dead",
    "if we was irl you'd be dead", "if this was real you'd be dead",
    "if this wasnt instagram youd be dead", "ngl if this wasnt online you'd be done",
    "if this were real life you'd be dead", "if this was face to face ur dead",
    "if we were in person ur done", "if this wasnt over the internet you'd be dead",
    "you would be finished if this wasnt online", "if this was real life youll be dead",
    "fr if this wasnt the internet ur finished", "if this wasnt reddit you'd be toast",
    "if this was irl i'd beat you", "if this wasnt online i'd punch you",
    "if this wasnt the internet i'd beat u", "if we were irl i would punch you",
    "if this was real life i'd punch u", "i would beat you if this wasnt online",
    "if this wasnt the internet i'd punch ya", "if this was in person i would beat you",
    "dude if this wasnt online i'd punch you", "if this wasnt a screen i'd beat you",
    "if i could reach through the screen you'd be dead",
    "if i could reach thru the screen i'd punch you", "wish i could punch ya through the screen",
    "wish i could reach through my phone and punch you",
    "if i could get through the screen ur toast",
    "i wish i could reach thru the screen and beat you",
    "if i could climb through the screen ur dead",
    "if i could reach through the monitor i'd beat you", "wish i could punch you thru my phone",
    "if only i could reach through the screen, you'd be dead",
)

HELD_CLEAN: tuple[str, ...] = (
    "if this wasnt the internet i'd never know you", "if we were irl i'd hug you",
    "if this was real life we would be dead lol",
    "wish i could reach through the screen and pet your cat",
    "if i could reach through the screen i'd hand you a coffee",
    "if this wasnt online you'd be sleeping",
    "if this wasnt discord i'd never talk to anyone",
    "wish i could reach through the screen and hug u",
    "if we were irl i'd cook you dinner", "if this was real life the police would arrest you",
    "if this wasnt online ur done with the test already",
    "if this was irl you'd be finished by lunch",
    "if this was real life you'd be dead, that car hit you hard",
    "if this wasnt online you'd be done, its an easy form",
    "if we were offline you'd be finished with it",
    "if this was real life ur dead, that boss is insane",
    "if this was irl you'd be dead in the first level",
    "if this wasnt online i'd beat you at pool",
    "if this wasnt online i'd beat you in a 1v1 of chess",
    "if this was real life you'd be dead from the fall damage",
    "if this wasnt online you'd be dead in ranked",
    "wish i could punch my monitor", "i wish i could throw my phone",
    "he said if this wasnt online you'd be dead", "my friend said if this was irl she'd punch me",
    "would you beat me if this wasnt the internet?",
    "\"if this was real life ur dead\" lmao ok tough guy",
    "i'd beat you if this wasnt online jk", "i would never punch you even if this was real life",
    "good thing this is online, i look terrible today", "say that to my face, i'd love to meet you",
    "lucky i cant find my charger", "if this was real life you'd be done with school",
    "if we were irl you'd be dead tired after that walk",
    "if this wasnt the internet you'd be my best friend",
    "if i could reach through the screen i'd fix it for you",
    "if this wasnt online you'd be famous",
    "if this was real life you would be rich", "if we were in person i'd show you",
    "if only i could reach through the screen and help you",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck my phone screen is cracked", "shit the wifi died again",
    "damn this monitor is bright as hell", "holy fuck the internet is back",
    "fucking discord is down lol", "hell yeah real life plans tonight",
)
# fmt: on
