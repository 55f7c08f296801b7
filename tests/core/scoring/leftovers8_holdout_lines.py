"""The leftovers8 probe's held-back lines (issue 8): the same shapes as
leftovers8_probe_lines.py, new wording, written after them and before any rule changed;
measured only at the start and the end of the round, by counts, never read for misses.
"""

from __future__ import annotations

from tests.core.scoring.leftovers8_probe_lines import M

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the umpire is a joke", "our manager is a clown lol", "that moderator is a disgrace",
    f"{M} your boyfriend is a joke", "the new trainer is an absolute joke",
    "il mister è un buffone",
    "i hope somebody smacks you", "hope someone slaps the shit out of you",
    "i really hope someone knocks your teeth out", f"{M} i hope somebody stomps you",
    "hope a stranger beats you up", "spero che qualcuno ti meni",
    "i'm going to burn down your house", "i'll smash all your windows",
    "watch me slash ur tires tonight", f"{M} ill wreck your car",
    "i will set fire to your house", "ti spacco la macchina",
    "send him hate", "everybody go spam her dms", "lets all spam his inbox till he quits",
    f"go flood {M}'s dms with insults", "everyone go tell him he's ugly",
    "go harass him in his dms", "brigade her post lol", "tutti a insultarla in privato",
    "all girls are bitches", "these bitches always ruin vc", "females are bitches",
    "the girls in here are bitches", "quelle ragazze sono delle troie",
    "le tipe del server sono troie",
    "maria is so ugly lol", "tom is so stupid", "you dumb bastard you broke it",
    "that girl is a bitch", "la sorella di marco è una troia",
)

HELD_HOSTILE_REPLY: tuple[str, ...] = (
    "@USER the waiter is an idiot", "the mailman is a moron", f"{M} the nurse is a clown",
    "@USER the receptionist is so dumb", "the dude who runs the shop is an idiot",
)

HELD_CLEAN: tuple[str, ...] = (
    "the tournament is a joke", "this ranking system is a clown fiesta",
    f"{M} the update is a joke", "la classifica è una barzelletta",
    "i hope someone trades you the card", "hope somebody revives you next round",
    "i hope someone picks you up from the airport", f"{M} hope someone answers you soon",
    "spero che qualcuno ti risponda",
    "i'll smash your lap record", "i will burn your playlist onto a cd",
    "ill break your combo in the replay", "gonna wreck your base in the next raid lol",
    "ti lavo la macchina se vuoi",
    "send him good vibes", "everybody go spam hearts in her chat",
    "lets all flood his stream with follows", "everyone go tell him happy birthday",
    f"go congratulate {M}", "mandatele un abbraccio",
    "this dungeon is a bitch", "the final boss is a real bitch", "that raid was a bitch",
    "the water temple is such a bitch", "what a bitch of a level",
    "questo livello è una troia",
    "my cat luna is so ugly lol i love her", "my dog max is such a dumbass, he ate grass again",
    "my laptop karen is a piece of junk", "my goldfish bubbles is so stupid lol",
    "you lucky son of a bitch, you hit it", "you mad genius bastard, you did it",
    "you crazy fool you actually pulled it off",
    "lol you crazy bastard, you beat it first try",
)

HELD_CLEAN_REPLY: tuple[str, ...] = (
    "the creature that lives in the attic is a menace", "the update is a clown show",
    "@USER the ui is stupid", "the spider that lives under my desk is an idiot lol",
    "the goblin who runs the shop in that game is a scammer",
    "@USER the patch is a joke",
)
