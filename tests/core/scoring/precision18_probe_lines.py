"""The precision18 probe (issue 8): over-readings found in the even rows' false flags of
the insults, Gab, HateXplain, toxic-spans and OLID files, written as my own lines: a
name-call that names someone the reader met, dated or works with ("sounds like you ran
into a real jerk"), "round up" of a team or the kids (a gathering, not a round-up), and
"who ever invented X i hate you" spelled in two words; with the hostile lines of the same
shapes (a name-call at the reader, a group rounded up). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # name-calls at the reader beside a verb of meeting
    "you are a real jerk", "you're a real asshole", "you met your match, loser",
    "you ran into me you idiot", "you married him? you idiot", "you're dating her? loser",
    "you work like an idiot", "you're such a psycho", "you are an idiot for dating him",
    "you dated me and you're still a loser", "you idiot, you ran into the wall again",
    "sei un vero coglione", "hai sposato lui? che idiota che sei",
    # a group rounded up
    "round up the immigrants and deport them", "round up all the muslims",
    "they should round up the jews", "round up the gays and lock them up",
    "we need to round up every refugee", "rastrelliamo gli zingari",
    # "i hate you" at the reader
    "i hate you", "i fucking hate you", "who ever you are i hate you",
    "i hate you, whoever you are", "honestly i hate you so much",
    # other name-calls and attacks
    "you're a worthless piece of shit", "shut up you moron", "ur a clown",
    "he is such a pathetic loser", "kys", "nobody likes you",
    "women are too stupid to vote", "sei proprio un idiota",
    # added with the round's later shapes (what a thing does to anyone, a saying): the
    # reader's own looks, deeds and pronouns stay aimed
    "that haircut makes you look fat", "your attitude makes you ugly",
    "what makes you so stupid", "believing that makes you stupid", "that makes you stupid",
    "you are dead", "you are dead to me",
    # added with the disbelief fix at depth (insults12): an order that is no disbelief
    "shut up, nobody asked", "stfu you got reported",
    # added with the passive "shut up": orders stay
    "just shut up", "please shut up already",
)

TUNE_CLEAN: tuple[str, ...] = (
    # someone the reader met, dated, married or works with called a name
    "looks like you ran into a real asshole", "sounds like you met a real jerk",
    "lol you ran into a real jerk", "you dated a psycho", "you're dating a narcissist",
    "sounds like you work with idiots", "you married an idiot lol",
    "sorry you got stuck with a dumbass teammate", "you got matched with a troll again",
    "seems like you dealt with a real asshole today", "you had a jerk for a boss",
    "ti è capitato un cretino in squadra", "hai incontrato un vero idiota",
    # "round up" gathering people or a number
    "round up the squad for ranked", "you round up the kids and ill pack the car",
    "round up the team for a photo", "lets round up the crew tonight",
    "round up to the nearest dollar", "weekly news round up",
    # "who ever" invented a thing
    "who ever invented mondays i hate you", "who ever made this boss i hate you",
    "who ever designed this map i hate you so much", "whoever invented alarms i hate you",
    # other clean look-alikes
    "i was being an idiot", "he called me a moron lol", "karma is a bitch",
    "this boss is a bitch to beat", "i hate mondays", "you crazy bastard you did it",
    "lucky bastard",
    # added with the round's later shapes: what a thing does to anyone, a saying
    "alcohol makes you dumb", "sugar makes you fat", "social media makes you lazy",
    "this stuff makes you stupid", "junk food makes you fat", "l'alcol ti rende stupido",
    "you can sleep when you are dead", "you can sleep when you're dead",
    # added with the disbelief fix at depth (insults12): good news met with "shut up"
    "shut the fuck up, you got engaged?", "stfu you passed??", "shut up, congrats",
    # added with the passive "shut up": no order
    "women won't be shut up anymore", "i refuse to be shut up by anyone",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit gg", "fuck this lag", "damn that was close as fuck",
    "this game is fucking trash", "shit happens", "cazzo che partita",
)
