"""The discord39 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you should get hanged", "you deserve to get stabbed", "u need to get punched",
    "you should be beaten", "you need to be slapped", "u deserve to get shot",
    "you ought to get punched in the face", "you should get your head kicked in",
    "you need a slap in the face", "u deserve a good punch", "you need a kick in the head",
    "you deserve a beating", "you need a smack in the mouth",
    "i'll rip your arms off", "i will cut your tongue out", "i'm going to chop your legs off",
    "ima snap ur neck", "i'll rip your throat out", "i will rip your heart out",
    "i'll smash your teeth in", "we're gonna break your legs", "i'll cave your skull in",
    "i will pull your teeth out", "i'll chop your dick off", "im going to slice your throat",
    "i'll stomp your face in",
    "go put your head in a blender", "go stick your head in an oven",
    "go jump in front of a bus", "go put ur head in a woodchipper",
    "you're getting jumped tomorrow", "ur gonna get beat up", "you are gonna get stabbed",
    "u r getting your ass beat after school", "you're going to get jumped after practice",
    "you're gonna get beaten up", "u getting jumped fr", "you will get stabbed",
    "you deserve to be shot", "you should get punched",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'll rip your shield off", "i'll break your barricade", "i'll chop your wood for you",
    "you need a heal, come back", "you should get some rest", "you need a hug buddy",
    "watch your back, their rogue is invisible", "i'll cut your grass this weekend",
    "you need a vacation", "you deserve a good rest", "you deserve a trophy",
    "you need a kick drum for that song", "i'll crack your case, i'm a detective lol",
    "go stick your head out the door and check", "put your head down and study",
    "go jump in the lake, it's warm", "you'll get shot if you stand there",
    "you're gonna get shot if you don't crouch", "you should get the sniper",
    "you should get the awp", "he told me you should get shot", "nobody will rip your arms off",
    "would he really chop your head off?", "she'll rip your head off lol",
    "my dad will snap my neck", "\"i'll snap your neck\" he said in the film",
    "i'd never cut your fingers off", "you need a punchline for that joke",
    "you deserve a slap on the back for that", "you're gonna get jumped by the boss at 50%",
    "you'll get stabbed by the rogue if you go in alone",
    "you need to get shot by the nurse, it's a vaccine",
    "you need a shot of espresso", "you deserve a break", "i'll rip your cd for you",
    "i'll knock your door when i'm there", "you need to get beat the game first",
    "i will cut your slice of cake", "you should get a haircut", "you need a good coach",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck what a comeback", "shit that was close", "damn, fucking lag again",
    "oh fuck i left the oven on", "this song is fucking great", "hell yeah, gg",
)
