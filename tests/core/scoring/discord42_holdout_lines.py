"""The discord42 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i'll stomp yo ass into the dirt", "imma stomp ur face in", "i'm gonna rock ur face",
    "i will rock your jaw irl", "ima rock yo jaw", "i'll dome u", "imma dome you fr",
    "we'll dome you on sight", "i'll drag ur ass across the floor",
    "i'm gonna drag you by your hair", "imma drag yo ass", "i'll slap the shit out of you",
    "imma slap the shit outta u", "i'll clap your jaw", "i'll knock your teeth in",
    "ima beat ur face in", "me and the boys gonna rock ur jaw", "i'll stomp your skull in",
    "bet, square up then", "aight square up then", "run me the fade",
    "run the fade then", "1v1 me irl then", "1v1 me irl bro", "fight me irl",
    "let's run the fade irl", "bet, run the fade",
    "get out of my dm", "get out my dms", "stay out my dms", "get outta my inbox weirdo",
    "get out of my replies", "nobody wants to hear your voice", "no one wants to hear from you",
    "nobody wants to hear from u", "nobody wanna hear from you", "no one wants to hear ur voice",
    "nobody wants to hear your opinion bro", "literally no one wants to hear your voice",
    "get out of my dms loser",
)

HELD_CLEAN: tuple[str, ...] = (
    "we stomped them in the finals", "they stomped us 2-0 lol", "square up for raid night",
    "get out of the poison cloud", "i'll drag the boss to the pillar",
    "nobody wants to hear my karaoke lmao", "bet, see you tomorrow", "1v1 me in aram",
    "i'll rock your world with these cookies", "i'll dome you in valorant tonight",
    "i'll drag you to the concert", "we got stomped in ranked", "square up the corners first",
    "1v1 me on nuke later", "dome the sniper on b site", "stomp the grapes",
    "i'll drag your tabs into one window", "run the fade in street fighter later",
    "nobody wants to hear about my commute", "get out of my way, speedrun time",
    "get out of the lava", "i'll clap for you at graduation",
    "nobody wants to hear from me lol", "i wouldn't tell you to get out of my dms",
    "she told him to get out of her dms", "he said nobody wants to hear your voice, rude",
    "does no one want to hear from you?", "is it true nobody wants to hear from you?",
    "i'm not gonna rock your jaw lol", "she said she'd dome u, i told her to calm down",
    "why would i run the fade with you", "u want me to 1v1 you irl?",
    "i won't drag your ass anywhere, chill", "rock your jaw side to side to loosen it",
    "i'll slap the shit outta this drum solo", "drag your ass to bed it's late lol",
    "square up the paper before folding", "get out of my head, catchy song",
    "i'll rock your hair style next week", "1v1 me in chess instead",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit we actually won", "fuck this lag man", "damn that ending was wild",
    "shit i forgot the pizza", "that was fucking insane", "hell yeah new skin",
)
