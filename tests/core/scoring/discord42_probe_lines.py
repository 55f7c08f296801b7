"""The discord42 probe (issue 8): Discord-style threats and shut-outs in chat slang that
the older rules missed: the writer's slang blow with a body part as its object ("i'll
stomp ur ass into the ground", "imma rock ur jaw", "ima dome u"), a fight offered
("bet, square up", "run the fade", "1v1 me irl") and the reader shut out of the writer's
messages or not wanted to be heard ("get out of my dms", "nobody wants to hear from
you"); and the clean lines in the same words that must stay clean (game and friendly
talk, the writer's own self, negation, reported speech, questions). Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the writer's slang blow, a body part as its object
    "i'll stomp ur ass into the ground", "imma rock ur jaw", "i'll rock your face fr",
    "i'm gonna dome you", "ima dome u on sight", "i'll drag your ass outside",
    "imma drag u by ur hair", "i'll slap the shit outta you", "we gonna stomp ur head in",
    "i'll clap ur jaw", "imma knock ur teeth in", "i'll rock ur shit irl",
    "i'll whoop your lil ass irl", "me and my boys will drag ur ass",
    # a fight offered
    "bet, square up", "square up then", "run the fade", "run me the fade then",
    "1v1 me irl", "fight me irl then", "run the fade irl", "ok then square up",
    "bet, meet me outside",
    # shut out of the writer's messages, or not wanted to be heard
    "get out of my dms", "get outta my dms", "get out my inbox",
    "stay out of my dms creep", "nobody wants to hear from you",
    "no one wants to hear your voice", "nobody wants to hear ur voice bro",
    "literally nobody wants to hear from you", "no one wants to hear from u",
    "get out of my mentions", "nobody wants to hear your opinion",
    "no one cares what you think bro",
)

TUNE_CLEAN: tuple[str, ...] = (
    # game and friendly talk in the same words
    "we stomped them 3-0", "square up for the boss fight", "get out of the fire",
    "i'll drag the mob to you", "nobody wants to hear my singing lol", "bet, see you at 8",
    "1v1 me in ranked", "i'll rock your world with this playlist",
    "i'll dome you in cs later", "i'll drag you to the gym tomorrow",
    "we got stomped into the ground last night", "square up the edges before you cut",
    "1v1 me on dust2 after dinner", "dome the awp from mid", "stomp the pedal harder",
    "i'll drag your files into the folder", "run the fade in smash tonight",
    "nobody wants to hear about my day lol", "get out of my way i'm speedrunning lol",
    "get out of the spawn, they're camping", "i'll clap for you at the recital",
    # self-directed, negated, reported, asked
    "nobody wants to hear from me anyway", "i'd never tell you to get out of my dms",
    "he told me to get out of his dms", "she said nobody wants to hear your voice, so mean",
    "does nobody want to hear from you?", "who said nobody wants to hear from you?",
    "i'm not gonna dome you, relax", "he said he'd rock ur jaw, i told him to chill",
    "why would i square up with you lol", "you want me to 1v1 you irl?",
    "i wouldn't drag your ass anywhere, you're my bro",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that clutch", "fuck yeah we won", "damn this song slaps",
    "shit my mic died again", "bro that was fucking hilarious", "hell nah the server crashed",
)
