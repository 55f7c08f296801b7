"""The insults19 held-back batch (issue 8): lines in the round's shapes, worded apart
from the probe, written at the same time and before any rule. Counted only at the
start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "check it again idiot", "search it up moron", "leave it alone loser", "face it coward",
    "accept it snowflake", "admit it clown", "watch it dummy", "fix it yourself moron",
    "prove it liar", "let it go loser", "just google it dumbass", "so dont buy it then moron",
    "read it slowly idiot", "say it again coward",
    "do you even read before commenting?", "did you even watch the video",
    "do you even know what socialism means", "what planet are you from?",
    "what planet are u living on lol", "do you even proofread", "does he even read lol",
    "can you even think for yourself", "do you ever think before typing?",
    "how do you even get dressed in the morning",
    "you and your ilk make me sick", "your ilk is everywhere", "go home with your ilk",
    "you and your kind should leave", "your kind is not welcome here", "your kind never learns",
    "you people and your ilk",
    "no one takes you seriously", "nobody takes u seriously lol",
    "no one takes u seriously anymore",
    "seriously nobody takes you seriously",
    "lock him up", "LOCK HER UP!!", "@USER lock her up now", "lock her up #maga",
    "what a total tool", "he is a complete tool",
)

HELD_CLEAN: tuple[str, ...] = (
    "i checked it again and it was fine", "search it up, the recipe is online",
    "leave it alone for an hour, then stir", "face it, the season is over",
    "accept it and move on, that helps me", "fix it yourself, its easy with a screwdriver",
    "prove it with a source please", "let it go, let it go, cant hold it back anymore",
    "just google it, the docs are good", "read it slowly, its worth it",
    "i watched it again, what a moron i was to miss that",
    "do you even like pineapple?", "did you watch the video yet? no rush",
    "do you know what socialism means in this context? genuinely asking",
    "what planet has the most moons?", "what planet are you from in the game",
    "do you ever proofread your essays? i always forget", "how do you even draw like this, wow",
    "can you think of a name for my cat", "do you read before bed?",
    "thank you for the kind message", "your kind heart shows", "you are very kind to say that",
    "what kind of car do you drive", "your kind of humor is my favorite",
    "the kindest people i know are here",
    "nobody takes me seriously at work", "he said no one takes you seriously at first",
    "does anyone take you seriously? its hard being new",
    "i take you seriously, for what its worth",
    "lock it in!", "lock the gate when you leave", "lock the cat in the bathroom",
    "lock her phone, she left it open", "dont forget to lock up the shed",
    "thats a total tool for the job", "what a total disaster of a game",
    "this tool is a complete mess", "a complete toolkit for beginners",
    "i looked it up, what an idiot i am",
)

HELD_SWEARING: tuple[str, ...] = (
    "shit i forgot to look it up", "holy fuck what planet is this map",
    "damn this tool is fucking great", "fuck yeah lock it in",
    "hell no i aint reading it again lol", "that was fucking hilarious",
)
