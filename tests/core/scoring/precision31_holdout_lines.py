"""The precision31 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you're that dumbass who always feeds", "he is that prick who never pays back",
    "she was that bitch who lied about me", "you are the asshole in this story",
    "don't be that idiot who spams pings", "quit being that jerk",
    "i bet you're that loser from the last lobby",
    "i'm pretty sure she's that cunt who reported me",
    "you will always be that moron", "why do you have to be such a dick",
    "you were that douchebag who stole my spot", "i know he's the asshole who did it",
    "i think you're gonna be a prick about this", "i'm going to kill that bitch",
    "they were being dicks to me all night", "honestly you're being that asshole again",
    "you sound like that idiot from reddit", "i'm sure you're the dumbass who broke it",
    "stop acting like that bitch", "sorry, you are that asshole",
    "i'll chop off your dick", "i want to lick your dick", "chop off your dick",
    "no one wants to see your dick", "you've got a small dick",
    "keep your dick in your pants creep", "i'd grab your pussy", "let me grab your pussy",
    "shut your mouth pussy", "i will rip off your dick", "suck my cock",
    "i'll cut your balls off", "i'm gonna put my dick in your mouth",
    "go shove your dick in a blender", "we'll chop your dick off", "i'll snap your dick",
    "you pussy, stop whining", "i'm going to kick your balls so hard", "show me your pussy",
    "you fucking dick",
)

HELD_CLEAN: tuple[str, ...] = (
    "i'm that idiot who forgot his password again",
    "i'm gonna be that bitch who asks for the manager",
    "i hate to be that asshole but the deadline was friday",
    "i'll be that prick and say it, the ending was bad",
    "i'm going to be that jerk who brings up the rules", "sorry for being that bitch yesterday",
    "i was that dumbass who left the stove on", "i am that asshole and proud of it",
    "i'm the moron who paid full price", "i'll go and be a dick and eat the last cookie",
    "i'm going to go watch it and just be a prick about the plot",
    "sorry to be that asshole, but whose turn is it", "i was being that bitch again, sorry",
    "i'm gonna go be an asshole and camp the spawn", "guess i'm that idiot then",
    "i'm that bitch who always cancels plans", "i was that loser who cried at the movie",
    "ok i'll be that asshole and ask", "i hate being that dick but it's my turn",
    "i'm going to be the asshole and leave early",
    "chopping your dick off won't stop anything",
    "cutting off your balls to save money is insane",
    "wear pants or you'll burn your dick on the grill",
    "getting your dick stuck in a zipper is a nightmare",
    "you could freeze your dick off out there",
    "if you stick your dick in a fan that's natural selection",
    "shaving your dick with that razor is asking for trouble",
    "they grabbed there pussy in public, gross", "the cold makes your balls shrink",
    "breaking your dick is a real injury", "washing your balls is basic hygiene",
    "getting hit in your dick hurts for ages",
    "the nurse said to keep your dick dry after the snip",
    "catching your balls in a zipper is the worst", "tucking your dick into skinny jeans is pain",
    "you will hurt your dick doing that stunt", "slamming your dick in a drawer sounds awful",
    "sitting on your balls is the worst feeling", "you can injure your dick lifting too heavy",
    "piercing your dick is a choice",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck, missed the bus", "holy shit that view", "damn this coffee is strong",
    "shit, the wifi is down again", "this song is fucking great", "well shit, we lost",
)
