"""The threats18 probe (issue 8): the writer's blow at the reader held back only by the
screen or by a meeting that has not happened: relief or regret that the writer cannot
reach the reader ("good thing i cant kill you in real life", "too bad i cant slap you
from here"), and a blow promised once the screen is lifted or the two meet ("if this
wasnt the internet i'd kill you", "if we met irl id kill you"). The clean lines use the
same frames with no harm, game actions, reports, harm to the writer and denials.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # relief or regret, the writer unable, the blow at the reader, the distance
    "good thing i cant kill you in real life", "too bad i cant slap you from here",
    "shame i cant punch you through the screen", "its a shame i cant kill you irl",
    "sucks that i cant strangle you from here", "too bad i can't kill u irl",
    "thank god i cant kill you in real life", "lucky i cant kill you through the screen",
    "your lucky i cant kill you irl", "ur lucky i cant slap you through my phone",
    "pity i cant choke you over the internet", "so sad i cant kill you irl",
    "wish i could kill you in real life", "i wish i could slap you through the screen rn",
    "man i wish i could kill u irl", "good thing i cant murder you irl",
    "too bad i cant hit you through the monitor", "bro its a good thing i cant kill you from here",
    # the screen lifted or a meeting, then the writer's blow at the reader
    "if this wasnt the internet i'd kill you", "if this wasnt online id kill you",
    "if we met irl id kill you", "if we ever met in person i would kill you",
    "if we were face to face i'd kill u", "if i ever met you irl id murder you",
    "if this was real life i'd kill you", "if we met up irl i would kill you",
    "i would kill you if we met irl", "id kill you if this wasnt the internet",
    "i'd kill you if we ever met in person", "if we ever meet irl i'd kill you so fast",
    "if i saw you irl i'd kill you", "if this werent discord id kill u",
    "if we lived in the same town i would kill you", "i'd murder you if we met irl",
    "if it wasnt for the internet i'd kill you",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same frames with no harm
    "good thing i cant eat pizza in real life, id be huge", "too bad i cant hug you from here",
    "shame i cant buy you a drink through the screen", "its a shame i cant meet you irl",
    "wish i could hug you in real life", "if we met irl i'd buy you a beer",
    "if this wasnt the internet i'd give you a hug", "if we ever met in person i would hug you",
    "i would kill for a beer if we met irl", "if we met up irl i would pay for dinner",
    # game actions
    "good thing i cant kill you in this game, youre immortal lol", "if i had ult id kill you",
    "too bad i cant kill you with this build lol", "if i had my sniper i'd kill you",
    "i'd kill you next round if i had any ammo", "shame i cant slap you in this game, no melee",
    # reports and quotes
    "he said good thing i cant kill you in real life", "she told me if we met irl she'd kill me",
    "my brother always says if this wasnt online hed kill everyone",
    "'if we met irl id kill you' is such a cringe thing to type",
    # harm to the writer
    "good thing he cant kill me in real life", "if we met irl you'd probably kill me at chess",
    "too bad you cant slap me from there lol", "if this wasnt the internet you'd kill me, i know",
    # denials
    "i would never kill you even if we met irl", "if we met irl i wouldnt hurt a fly",
    "i cant kill you, you're my best friend", "good thing i cant kill plants in real life",
    # kill as hyperbole about things
    "if this wasnt online id kill for some sleep", "too bad i cant kill this headache from here",
    "i'd kill you at mario kart if we met irl", "wish i could kill this bug in my code",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this game is fun", "fuck yeah we won", "damn that was close lmao",
    "this map is so fucking big", "shit i forgot my charger", "hell yeah lets go",
)
