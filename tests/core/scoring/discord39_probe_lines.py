"""The discord39 probe lines (issue 8): threats and calls for harm aimed at the reader
that the scorer missed ("you should get shot", "i'll rip your head off", "you need a
slap", "go stick your head in a blender", "ur getting jumped after school"), the clean
lines in the same words (game talk, kind or practical advice, negation, questions,
reported speech, quotes, third-person warnings), and untargeted friendly swearing."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "you should get shot", "u should get stabbed", "you deserve to get punched",
    "you need to get beaten up", "you ought to be shot", "you deserve to be stabbed",
    "you need a slap", "u need a good slap", "you need a punch in the face",
    "you deserve a kick in the teeth", "you need a beating", "you deserve a smack",
    "i'll rip your dick off", "i will chop your head off", "i'll rip your head off",
    "im gonna snap your neck", "i'll slit your throat", "i will cut your fingers off",
    "imma knock your teeth out", "i'm going to gouge your eyes out",
    "i'll bash your skull in", "we will break your arms", "i'll tear your face off",
    "ill chop ur hands off", "i'll punch your teeth in",
    "go stick your head in a blender", "go put your head in an oven",
    "go jump in front of a train", "go stick ur head in a microwave",
    "ur getting jumped after school", "you're gonna get jumped", "u r gonna get stabbed",
    "you're getting beat up tomorrow", "you're gonna get your ass kicked",
    "you are going to get beaten up after class",
)

TUNE_CLEAN: tuple[str, ...] = (
    "i'll rip your base apart", "shoot the tank", "you should get the shotgun",
    "you need a heal", "you need a hug", "you should get some sleep",
    "watch your back, there's a sniper", "i'll chop your trees down", "i'll crush your tower",
    "i'll cut your hair tomorrow if you want", "you need a break", "you deserve a medal",
    "you deserve a raise", "you need a good night's sleep", "i'll hold your hand",
    "i'll pick your brain later", "go stick your head out the window",
    "put your head in the game", "go jump in the pool",
    "you'll get shot if you peek mid", "you're gonna get shot if you push alone",
    "you should not get shot, stay behind cover", "he said you should get shot",
    "did he say he'd chop your head off?", "nobody is going to rip your head off",
    "i would never chop your head off", "\"i'll rip your head off\" is a line from the movie",
    "my mom will rip my head off", "he'll rip your head off lol",
    "you need a punch card for the gym", "you're gonna get jumped by their whole team",
    "you deserve a break after that game",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that shot was clean", "fuck yeah we won", "damn this heal is op",
    "shit, i forgot my headset", "that was fucking epic", "oh hell no the server crashed",
)
