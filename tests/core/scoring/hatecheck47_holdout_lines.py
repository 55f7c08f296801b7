"""The hatecheck47 held-back lines (issue 8): other wordings of the probe's shapes (a named
group reduced to one use "and nothing else", present only for a use or a harm, told to
stick to housework) and their clean contrasts, written at the same time as the probe and
before any rule; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "women are good for cleaning and nothing else",
    "women are good in the bedroom and nothing else",
    "immigrants are good for picking fruit and nothing more",
    "black people are useful for hard labour and nothing else",
    "women are good for one night and nothing more",
    "refugees are fit for manual work and nothing else",
    "trans people are good for jokes and little else",
    "women are good for looking at and nothing else",
    "disabled people are good for nothing else but charity adverts",
    "muslims are good for running corner shops and nothing more",
    "jews are good for counting money and nothing else",
    "gay people are good for fashion advice and nothing else",
    "honestly women are good for sandwiches and nothing more",
    "women are only here to clean our houses", "women are only here to make babies",
    "immigrants are only here to steal from us", "refugees are only here to sponge off the state",
    "muslims are only here to take over", "women are just here to serve us dinner",
    "women are here only to cook and clean", "black people are only here to cause trouble",
    "jews are only here to control the banks", "trans people are only here to confuse children",
    "refugees are only here for free housing", "immigrants are only here for our welfare",
    "disabled people are only here to scrounge benefits",
    "gay people are only here to corrupt kids",
    "women are here to obey men", "women are merely here to breed",
    "women should stick to cooking", "women should stick to the kitchen and the bedroom",
    "women should stick to washing clothes", "women ought to stick to the kitchen",
    "women should stick to making sandwiches", "girls should stick to cooking and cleaning",
    "women must stick to housework", "women should just stick to making dinner",
    "i think women should stick to the kitchen", "women should stick to babies and cooking",
    "women should stick to looking after the kids and shut up",
)

HELD_CLEAN: tuple[str, ...] = (
    "this pan is good for eggs and nothing else", "that app is good for maps and nothing more",
    "this jacket is fit for rain and nothing else",
    "i'm good for a quick walk and nothing more today",
    "we are only here to watch the fireworks", "i'm just here for the cake",
    "i should stick to baking, my soup was a disaster", "you should stick to the script",
    "women are good for the team", "immigrants are here to work and raise their kids",
    "refugees are only here until the camp reopens", "muslims are here to break the fast together",
    "gay people are here to celebrate pride", "trans people are here to share their stories",
    "black people are here to march peacefully",
    "disabled people are only here for the ramp access",
    "jews are here to light the candles", "women should stick to their principles",
    "refugees should stick to the marked path for safety", "the women are only here to rehearse",
    "calling women good for sex and nothing else is misogyny",
    "why do people claim women are only here to make sandwiches?",
    "women are not here to serve men",
    "he wrote that women should stick to the kitchen and got banned",
    "my boss said immigrants are only here for the handouts and i reported him",
    "nobody believes refugees are only here to sponge off the state",
    "are women good for cooking and nothing else? no, obviously",
    "it is racist to say black people are only here to cause trouble",
    "\"women should stick to cooking\" is a sexist old line",
    "no one should say women are good for sex and nothing else",
    "immigrants are not only here to work, they are our neighbours",
    "women are good for more than cooking, grandpa",
    "the tourists are only here for the beaches",
    "the kids should stick to the kitchen while we paint",
    "these politicians are only here to line their pockets",
    "the interns are good for coffee runs and nothing else lol",
    "my cat is good for cuddles and nothing more",
    "we should stick to the kitchen, it's warm there",
    "the volunteers are only here to help the refugees", "the nurses are here to serve patients",
)

HELD_SWEARING: tuple[str, ...] = (
    "fucking hell this burger is good and nothing else compares",
    "shit i'm only here for the fucking music",
    "damn we should stick to the fucking plan",
    "holy crap this show is good for a laugh and nothing more",
    "bloody hell i'm just here to chill",
    "fuck it, i'm good for one more game",
)
