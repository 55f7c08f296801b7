"""The olid44 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER liberals and their arrogance", "@USER democrats and their bigotry",
    "@USER the left and their hypocrisy", "@USER conservatives and their hypocrisy",
    "@USER antifa and their insanity", "@USER she and her arrogance",
    "@USER he and his delusions", "@USER republicans and their hypocrisy",
    "@USER leftists and their hatred", "@USER the media and their corruption",
    "@USER he and his incompetence", "@USER feminists and their delusions",
    "@USER socialists and their lunacy", "@USER snowflakes and their hypocrisy",
    "@USER you and your delusions", "@USER you and your cowardice",
    "@USER democrats and their dishonesty", "@USER that guy and his idiocy",
    "@USER this woman and her arrogance", "@USER liberals and their lunacy smh",
    "@USER the dems and their hypocrisy, same as always",
    "@USER progressives and their delusions", "@USER the gop and their corruption",
    "@USER trumpers and their hatred", "@USER liberals and their insanity again",
    "@USER these people and their bigotry", "@USER that man and his cowardice",
    "fed up with democrats and their hypocrisy", "so done with liberals and their lunacy",
    "@USER antifa and their cowardice #MAGA", "@USER she and her dishonesty",
    "@USER politicians and their hypocrisy", "@USER the republicans and their delusions",
    "@USER he and his bigotry", "@USER these idiots and their hypocrisy",
    "@USER conservatives and their cowardice", "@USER the left and their racism",
    "@USER leftists and their arrogance", "@USER the liberals and their corruption",
    "@USER this clown and his lunacy",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER me and my laziness haha", "@USER conservatives and their budget",
    "@USER republicans and their tax cuts", "@USER he and his brother",
    "@USER she and her kids", "@USER the right and their platform",
    "@USER liberals and their supporters", "@USER you and your cat are cute",
    "@USER i and my arrogance, my bad", "@USER we and our bigotry as a society",
    "@USER she is not known for arrogance", "@USER arrogance is a common flaw",
    "@USER bigotry and its roots in fear", "@USER hypocrisy and its costs in politics",
    "@USER the essay covers pride and its dangers",
    "@USER is it democrats and their hypocrisy or just politics?",
    "@USER she said conservatives and their bigotry were to blame",
    "@USER blaming republicans and their corruption is too easy",
    "@USER \"the left and their insanity\" is a tired phrase",
    "@USER i disagree with his immigration plan", "@USER conservatives want lower taxes",
    "@USER he and his crew finished the bridge", "@USER she and her delusions? no, she is right",
    "@USER the play follows a woman and her delusions",
    "@USER the story is about a soldier and his cowardice",
    "@USER my mom and her bad puns", "@USER antifa and their rally this weekend",
    "@USER democrats and their primary", "@USER lovely words from him and his staff",
    "@USER the council and their decision today", "@USER the governor and his husband arrived",
    "@USER stop blaming the left and their insanity for everything",
    "@USER liberals and their plans for healthcare", "@USER he and his dog went hiking",
    "@USER the team and their coach celebrated", "@USER voters and their choices matter",
    "@USER parents and their children are welcome", "@USER the band and their new album",
    "@USER the union and their demands", "@USER fans and their chants all night",
)

HELD_SWEARING: tuple[str, ...] = (
    "this rain is fucking relentless", "shit i missed the bus again",
    "@USER holy shit what a finish", "@USER damn this heat is brutal",
    "@USER fuck yeah friday", "@USER this shit slaps lol",
)
# fmt: on
