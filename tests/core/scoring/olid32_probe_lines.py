"""The olid32 probe (issue 8): plural name-calls the lexicon held only in the singular
("what a bunch of crooks", "you lunatics", "these frauds") and a non-identity group of
people put down outright in tweet style ("these politicians are all crooks", "the media
are scum", "his followers are brainwashed sheep"), with clean lines in the same words
(the literal crooks of a film, a song called "Lunatics", farm pigs, questions, negation
and counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # plural name-calls
    "what a bunch of crooks", "what a bunch of frauds", "@USER you lunatics",
    "these crooks need to be locked up", "you frauds have no shame", "bunch of psychos",
    "@USER what a pack of maniacs", "you nutjobs are at it again", "shut up you weirdos",
    "these sellouts will say anything", "what a bunch of creeps", "@USER you dimwits",
    "bunch of halfwits running this town", "look at these buffoons", "you charlatans",
    "@USER nice try you sleazebags", "what a bunch of sickos", "those dirtbags again",
    # a non-identity group put down outright
    "these politicians are all crooks", "the media are scum", "the media is scum",
    "his followers are brainwashed sheep", "cops are pigs", "journalists are parasites",
    "@USER reporters are vultures", "the press are liars and frauds",
    "celebrities are frauds", "her fans are lunatics", "these senators are crooks",
    "@USER congress is full of crooks", "the mainstream media are a bunch of clowns",
    "his voters are mindless sheep", "@USER pundits are all frauds",
    "bankers are crooks every one of them", "trump supporters are lunatics",
)

TUNE_CLEAN: tuple[str, ...] = (
    "the crooks in this movie are great", "lunatics is a great song",
    "politicians should listen more", "the media covered it", "sheep are cute",
    "pigs in the farm", "not all cops are pigs", "are journalists parasites?",
    "calling reporters vultures is unfair", "the crooks got away with the jewels",
    "the film is about two frauds who fall in love", "a bunch of sheep in the field",
    "the psychos in that horror film were scary", "we watched a show about con artists and crooks",
    "the press covered the trial all week", "his followers grew to a million",
    "her fans are so loyal", "politicians are elected every four years",
    "the media are asking questions", "journalists are writing about it",
    "cops are on the way", "these senators are voting today", "bankers are raising rates",
    "i dont think the media are scum", "stop saying cops are pigs",
    "is congress full of crooks?", "what a bunch of flowers",
    "you lunatics made me laugh so hard lol",
    "the weirdos in my friend group are the best", "pigs are smarter than dogs",
    "a pack of maniacs is a board game", "nobody said politicians are crooks",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit the media went crazy for this", "damn these crooks movies are fucking great",
    "fuck yeah the game is on", "shit happens lol", "this song is bloody brilliant",
    "hell yeah what a show",
)
