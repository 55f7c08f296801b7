"""The precision31 probe (issue 8): untargeted vulgar words the scorer read as aimed, in
two shapes from the even rows of the Gab vulgar_only, Toxic Spans profane_only and OLID
UNT false flags. The writer's own name-call with "that" or after a plan ("i'm that
asshole who always parks badly", "i hate to be that bitch but", "i'm going to go see it
and just be a dick about it"), and a genital word that is the body part of a generic
"you" in an act on it ("cutting off your dick to stop crime is pointless", "wear a cup
or you'll hurt your dick", "they grab there pussy on the bus"). The hostile lines in the same
words must stay caught: "you're that asshole who steals kills", "don't be that asshole",
"i'll cut off your dick", "i want to touch your dick". Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "that" name-call said of the reader or a third person
    "you're that asshole who steals kills", "he's that asshole who always leaves early",
    "she's that bitch who reports everyone", "you are that idiot who fed all game",
    "don't be that asshole who leaves early", "stop being that dick",
    "i think you're that moron from yesterday", "i'm sure he's that jerk who cheated",
    "you'll always be that loser", "why are you being such a bitch",
    "you were that prick who stole my kill", "i'll be that asshole's worst nightmare",
    "i know you're the asshole here", "i'm sure you're gonna be a dick about it",
    "i'm gonna kill that asshole", "sorry but you're being that asshole again",
    "i'm not sorry, you were that bitch first",
    # a genital word: the writer's act, an order, a name-call, a taunt
    "i'll cut off your dick", "i want to touch your dick", "cut off your dick",
    "nobody wants to see your dick", "you have a tiny dick", "put your dick away creep",
    "i'd love to grab your pussy", "let me touch your pussy", "shut up pussy",
    "i'll rip your dick off", "suck my dick", "i will chop your dick off",
    "i'm going to stick my dick in your mouth", "go stick your dick in a blender",
    "we will cut your dick off", "i'll break your dick", "you dick, stop touching my stuff",
    "i'm gonna grab your balls and squeeze",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own name-call
    "i'm that asshole who always parks badly", "i'm gonna be that asshole who spoils it",
    "i hate to be that bitch but the rules say no",
    "i'll be that asshole and say it, the movie was bad",
    "i'm going to be that prick who asks for a refund", "sorry for being that asshole earlier",
    "i was that idiot who forgot the tickets", "i am that bitch and i know it",
    "i'm that dumbass who locked himself out again",
    "i'll go and be an asshole and troll everyone",
    "i'm going to go see it and just be a dick about it",
    "sorry to be that bitch, but can we start", "i was being that jerk again, my bad",
    "i'm gonna go be a prick and take the last slice", "guess i'm that asshole now",
    "i'm the idiot who deleted the save",
    # a generic "you"'s body part in an act on it
    "cutting off your dick to stop crime is pointless",
    "chopping off your dick to prevent assault is absurd logic",
    "wear a cup or you'll hurt your dick",
    "no girl is gonna let you put your dick in her", "you could burn your dick on that seat lol",
    "if you stick your dick in a toaster that's on you",
    "shaving your balls with a blunt razor is a mistake",
    "they grab there pussy on the bus and laugh", "he said the cold makes your dick shrink",
    "cutting your dick off won't fix anything", "you'll break your dick doing that",
    "washing your dick is basic hygiene", "getting kicked in your balls hurts for days",
    "the doctor said to keep your dick clean after surgery",
    "catching your dick in a zipper is the worst pain",
    "tucking your dick in those jeans must hurt",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck, i'm late again", "holy shit this map is huge", "damn that was close",
    "shit my phone died", "this boss is fucking hard", "well fuck me, it worked",
)
