"""The precision32 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sarah i hate you", "that dude i hate you", "you moron i hate you so much",
    "my annoying sister i hate you", "dumb cunt fuck you", "dad i hate you",
    "this clown i swear i hate you", "my coach fuck you", "ugh mike i hate you",
    "stupid noobs fuck you", "filthy refugees i hate you", "this idiot screw you",
    "the bus driver i hate you", "dear neighbour i hate you", "my landlord fuck you",
    "you worthless idiot fuck you", "the game lagged and i hate you, you dumbass",
    "you are just a jerk to everyone", "you're rude to the staff and we all see it",
    "you are mean to people and nobody likes you",
    "you're an asshole and karma is coming for you", "if you are a moron nobody can fix you",
    "if you're this dumb everyone will laugh", "if you can read this you're an idiot",
    "you are such a dick to your friends", "you're a creep online, everyone knows",
    "you are a bitch to everybody", "if you believe that you are a moron",
    "if you are rude to me again i will hurt you", "if you're a jerk to me just fuck off",
    "you are selfish at work and people hate it", "you're an asshole to everyone, nobody will help",
    "if you are trans nobody will accept you", "if u r a dick to me i'll punch you",
    "you are vicious to everyone here", "you're a pathetic bully at school",
    "hey retard i hate you", "my cousin you idiot i hate you", "ugh you loser fuck you",
    "you are a jerk in ranked and everyone reports you",
    "refugees commit violent crimes", "blacks are violent", "mexicans are brutal thugs",
    "jews should be targets of violent attacks", "i hope trans people suffer brutal beatings",
    "muslims deserve to face violent raids", "immigrants bring vicious crime to our towns",
    "violent crimes by refugees are rising",
)

HELD_CLEAN: tuple[str, ...] = (
    "this stupid laptop i hate you", "tuesdays i hate you", "ugh chemistry homework i hate you",
    "stupid router fuck you", "my alarm i swear i hate you", "spell check i hate you",
    "this humidity i hate you", "dear calculus i hate you", "final exams i hate you",
    "tax season i hate you", "ping fuck you", "pollen i hate you so much",
    "stupid keyboard screw you", "bloody snow i hate you", "ugh bills fuck you",
    "youtube ads i hate you", "this cold i hate you so much", "rush hour fuck you",
    "this update i hate you lol", "allergies i hate you",
    "if you are an asshole to everyone people will stop helping you",
    "if you're rude to cashiers people notice",
    "if you are mean to others nobody will want to hang out",
    "when you are rude to people everyone stops inviting you",
    "if you're a bully at work karma comes around",
    "if you are selfish with your family they will drift away",
    "if you are a jerk to the waiter everyone at dinner notices",
    "if you're a dick online people will screenshot it",
    "if you are stupid with credit cards life gets hard",
    "if you're a jerk to your team nobody passes to you",
    "whenever you are rude to nurses people remember it",
    "if you're a creep at parties people avoid you",
    "if u r a bitch to everybody nobody sticks around",
    "if you are lazy at school nobody takes you seriously",
    "if you're cruel to your pets people will judge",
    "if you are an asshole in voice chat people will mute you",
    "when you are mean in class everyone remembers",
    "the internet i hate you today", "this printer ugh i hate you", "heatwave fuck you",
    "black women are victims of violent crime at high rates",
    "jews are often targets of violent hate attacks",
    "lesbians were victims of brutal assaults in that city",
    "trans kids face vicious bullying at school",
    "the refugees fled brutal wars",
    "muslim families suffered violent raids last spring",
    "gay teens are more often victims of violent abuse",
    "immigrants were targets of violent attacks after the election",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this view is gorgeous", "hell yeah let's go", "damn that was close",
    "oh shit i'm late again", "fucking finally the weekend", "shit this song slaps",
)
