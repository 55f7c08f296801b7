"""The threats17 probe (issue 8): a veiled threat at the reader through the screen, the
screen or the distance lifted by a condition or a wish, then the reader's doom or the
writer's blow at the reader ("if this wasnt the internet you'd be dead", "if we were irl
i'd punch you", "wish i could punch you through the screen"). The clean lines use the same
words: friendly or neutral readings, a doom that goes on as something else, game talk,
reports, questions, quotes and jokes. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the screen lifted by a condition, then the reader's doom
    "if this wasnt the internet you'd be dead", "if we were irl you'd be dead",
    "if this was real life ur dead", "if this wasnt online you would be dead bro",
    "if this werent the internet youd be toast", "you'd be dead if this wasnt online",
    "if this wasnt discord you'd be finished", "if it wasnt for the internet you'd be dead rn",
    "if this was in person you'd be dead", "if we were offline ur done",
    "i swear if this wasnt the internet you'd be toast", "if this was real life you would be dead",
    "if this wasnt on the internet ur dead", "if this was irl you'd be finished kid",
    "if we were in real life youd be dead", "you would be dead if this was real life",
    "if this weren't online you'd be done", "man if this was real life ur toast",
    "if this wasnt twitter you'd be dead", "if this wasnt online youre dead",
    # the screen lifted, then the writer's blow
    "if this wasn't online i'd beat you", "if this was irl i'd punch you",
    "bro if this wasnt online i would beat u", "if this wasnt online i'd beat u",
    "i'd punch you if this was real life", "if this wasnt a chat room i'd punch you",
    "if this wasnt the internet i would punch you", "if this was real life i'd beat you",
    # a reach through the screen wished or said as a condition
    "if i could reach through the screen ur dead", "wish i could punch you through the screen",
    "if i could reach thru my phone i'd punch you", "i wish i could punch u through the screen",
    "if i could get through this screen i'd beat you",
    "if i could reach through my monitor you'd be dead",
    "wish i could reach through the screen and punch you",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same condition, a kind or neutral reading
    "if this wasnt the internet i'd never have met you", "if we were irl i'd buy you a beer",
    "if this was real life we'd be dead lol", "wish i could reach through the screen and hug you",
    "if we were irl i'd give you a hug",
    "if i could reach through the screen i'd give you a cookie",
    "if this wasnt twitter you'd be bored", "if this wasnt discord we'd never be friends lol",
    "wish i could reach through the screen and fix your wifi",
    "if this was real life the boss would kill you",
    # the doom going on as something else, or game talk
    "if this wasnt online you'd be done with the form by now",
    "if this was irl you'd be finished with the project by now",
    "if this was real life you'd be dead, that fall was huge",
    "if this wasnt online ur done, just hit submit",
    "if we were offline you'd be done with your homework",
    "if this was real life ur dead, this game is brutal lol",
    "if this was irl you'd be dead in the first round of the tournament",
    "if this wasnt online i'd beat you at chess", "if this wasnt online i'd beat you in a race",
    "if this was real life you would be dead from that many hits",
    "if this wasnt online you'd be dead in this game lol",
    # things, reports, questions, quotes, jokes
    "wish i could punch the screen", "i wish i could slap my phone rn",
    "she said if this wasnt online you'd be dead", "he said if this was real life he'd punch me",
    "would you punch me if this wasnt the internet?",
    "\"if this wasnt the internet you'd be dead\" is such a cringe thing to say",
    "i'd punch you if this was real life jk", "i'd never punch you even if this was real life",
    # the theme's clean readings
    "good thing this is online, i'm in my pyjamas", "say that to my face, i'd love a hug lol",
    "lucky i cant find my keys",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck this internet is so slow", "holy shit online school sucks",
    "damn the screen cracked again", "shit i forgot my charger lol",
    "fucking hell this queue", "bloody hell my monitor died",
)
# fmt: on
