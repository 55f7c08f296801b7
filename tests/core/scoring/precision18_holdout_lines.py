"""The precision18 held-back batch (issue 8): written with the probe, in its shapes but
other wording, and not read while the rules were built; counted at the start and the
end only."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # name-calls at the reader beside a verb of meeting
    "you are a total moron", "you're an absolute jerk", "you met a wall, dumbass",
    "you bumped into me you clown", "you married her? you moron",
    "you're seeing him? what a loser you are", "you're such a creep",
    "you work with him because you're an idiot too", "you are the real asshole here",
    "you ran into the tree you absolute idiot", "you dated her you psycho",
    "sei un cretino totale", "ti sei sposato lei? sei un coglione",
    "you are a narcissist", "you're a dumbass teammate",
    # a group rounded up
    "round up the mexicans and send them back", "round up all the refugees",
    "we should round up every muslim", "round up the blacks", "round up the trannies",
    "time to round up the immigrants", "bisogna rastrellare tutti i rom",
    # "i hate you" at the reader
    "i hate you so much", "i really hate you", "whoever you are i hate you",
    "i hate you and everything about you", "i hate you, go away",
    "honestly i fucking hate you dude",
    # other name-calls and attacks
    "you're a useless idiot", "shut up you dumb bitch", "ur such a loser",
    "she is a stupid cow", "go kill yourself", "no one wants you here",
    "muslims are all terrorists", "you are trash", "sei proprio uno stronzo",
    "ur a fucking idiot", "what a moron you are", "get lost loser",
    # added with the round's later shapes
    "those jeans make you look fat", "your personality makes you ugly",
    "thinking like that makes you dumb", "this makes you look stupid", "why are you so dumb",
    "ur dead", "you're dead meat",
    "stfu loser", "shut the fuck up, you're annoying",
    "can you shut up for once", "shut up and sit down",
)

HELD_CLEAN: tuple[str, ...] = (
    # someone the reader met, dated, married or works with called a name
    "sounds like you ran into a total jerk", "looks like you met a real idiot",
    "damn you ran into an asshole", "you dated a real creep huh",
    "you're dating a psycho bro", "seems like you work with morons",
    "you married a jerk, sorry", "sorry you got stuck with an idiot teammate",
    "you got paired with a clown again", "sounds like you dealt with a total asshole",
    "you had an idiot for a teacher", "you're living with a slob",
    "ti è toccato un coglione in squadra", "hai beccato un vero cretino",
    "you met a jerk at the party huh", "you bumped into a real moron",
    # "round up" gathering people or a number
    "round up the boys for the raid", "round up the guys and queue",
    "can you round up the kids for dinner", "round up the family for the photo",
    "we need to round up the team", "round up the squad lets go",
    "just round up to ten", "the weekend round up is out",
    # "who ever" invented a thing
    "who ever invented homework i hate you", "who ever made this level i hate you",
    "who ever thought of this boss fight i hate you", "who ever designed this quest i hate you lol",
    "whoever made this puzzle i hate you",
    # other clean look-alikes
    "i was such an idiot today", "she called me a loser lol", "life's a bitch",
    "that level was a bitch", "i hate traffic", "you lucky son of a bitch",
    "you absolute madman", "you beautiful bastard", "i hate this map",
    "this map is such a bitch", "i'm so fucking bad at this",
    # added with the round's later shapes
    "too much screen time makes you lazy", "fast food makes you fat",
    "energy drinks make you stupid lol", "doomscrolling all night makes you dumber",
    "la televisione ti rende stupido", "sleep when you're dead bro",
    "omg stfu you got promoted??", "shut the fuck up you won?", "shut up, congratulations!!",
    "trans people will not be shut up", "she has been shut up for too long",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yeah we won", "shit this is hard", "holy fuck that clutch",
    "damn this lag is killing me", "what the hell was that", "porca miseria che lag",
)
