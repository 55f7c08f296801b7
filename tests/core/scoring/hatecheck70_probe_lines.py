"""The hatecheck70 probe (issue 8): violence ordered against a named group's people, bare
("bomb the muslims", "shoot the immigrants", "lynch the blacks"): a violent verb opening
its sentence, over chat's openers ("just", "lets", "go", "somebody pls"), then a named
group after "the", "all", "every", "those" or none; and the clean lines in the same words
that must stay clean (games and things, the verbs with no group, negations,
counter-speech, reports of news and history, questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the bare order, the group right after "the" or bare
    "bomb the muslims", "shoot the immigrants", "burn the jews", "hang the gays",
    "lynch the blacks", "drown the migrants", "stab the muslims", "torch the refugees",
    "punch the jews", "beat the gays", "strangle the immigrants", "hunt the muslims",
    "shoot muslims", "burn jews", "hang gays",
    # over chat's openers
    "just shoot the immigrants", "lets burn the jews", "go bomb the muslims",
    "somebody pls hang the gays", "someone lynch the blacks already",
    "pls drown the refugees", "just bomb them muslims",
    "somebody shoot the immigrants lol", "honestly just burn the jews",
    # over "every", "those", "all", "some", singular members
    "shoot every muslim you see", "burn those jews", "hang every gay in this town",
    "stab those immigrants", "bomb all the mosques and the muslims",
    "punch every jew you meet", "drown some migrants",
    # the same with the reader's push
    "go hunt the refugees tonight", "just torch the muslims and be done",
    "lynch every black in town", "shoot the fucking immigrants",
)

TUNE_CLEAN: tuple[str, ...] = (
    # games and things
    "shoot the zombies", "bomb the enemy base", "burn the witch before she heals",
    "kill the tank first", "shoot the messenger", "burn the bridges",
    "just shoot the ball", "hang the pictures on the left wall", "go bomb the b site",
    "punch the bag ten times", "drown the fries in ketchup", "burn the toast, whatever",
    # the verbs with no group
    "somebody shoot me this exam is killing me", "lets burn some calories",
    "stab the button when it flashes",
    # negations and counter-speech
    "don't shoot the immigrants, they're refugees", "nobody should hang the gays",
    "never burn the jews' books or anyone's", "do not bomb the muslims, bomb the ideology",
    "people who say 'shoot the immigrants' are vile",
    "stop saying burn the jews, it's disgusting",
    # reports of news and history
    "they shot the protesters", "the nazis gassed the jews",
    "the mob lynched the blacks in 1920", "they burned the jews in the middle ages",
    "he said to shoot the immigrants and got arrested",
    # questions
    "should we shoot the immigrants?", "who would bomb the muslims?",
    "why did they hang the gays back then?",
    # the group as the helped or the doer
    "shoot the muslims a message about iftar", "hang the gays' pride flag up high",
    "burn the jews a copy of the cd",
)

TUNE_SWEARING: tuple[str, ...] = (
    "shit, the oven burned my pizza", "fuck yeah we bombed that exam",
    "damn this song slaps", "holy shit what a shot", "well fuck, i'm late again",
    "this game is so fucking fun",
)
