"""Held-back lines of the olid32 probe (issue 8): other wordings of the same shapes,
written with the probe lines, before any rule. Read only at the final count.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER what a bunch of lunatics", "such a bunch of frauds", "you crooks should resign",
    "these lunatics want to run the country", "@USER you psychos", "you maniacs",
    "lol you nutcases", "what a bunch of sellouts", "these creeps again",
    "bunch of nitwits", "@USER you boneheads", "what a load of charlatans",
    "those fraudsters should be in jail", "you weirdos are obsessed", "@USER you sickos",
    "what a pack of psychopaths", "bunch of knuckleheads", "these clowns and frauds",
    "shut it you numbskulls", "@USER these crooks lie every day",
    "all politicians are crooks", "the media are liars", "the news media is trash",
    "his fanbase are brainwashed sheep", "police are pigs", "lawyers are parasites",
    "@USER journalists are scum", "the press is full of frauds",
    "influencers are frauds", "@USER his supporters are lunatics", "these mps are crooks",
    "the government are a bunch of crooks", "@USER her followers are mindless sheep",
    "reporters are all liars", "the establishment are crooks",
    "@USER the media are a pack of lunatics", "critics are clowns",
    "these senators are all frauds", "landlords are crooks", "pundits are lunatics",
)

HELD_CLEAN: tuple[str, ...] = (
    "the crooks in that heist film were hilarious", "lunatics is my favourite track",
    "politicians should do more", "the media reported it", "sheep are adorable",
    "pigs on the farm are muddy", "not all lawyers are crooks", "are the media liars?",
    "calling cops pigs helps nobody", "the crooks stole a painting",
    "the show follows three frauds in paris", "a bunch of pigs in a pen",
    "the maniacs in that slasher movie were fun", "the news media covered the storm",
    "his supporters gathered downtown", "her followers love her art",
    "politicians are meeting tomorrow", "the press are waiting outside",
    "journalists are asking about it", "police are investigating",
    "reporters are at the scene", "i would never say journalists are scum",
    "saying the media are scum is lazy", "is the government full of crooks?",
    "what a bunch of grapes", "you lunatics are the best friends ever lol",
    "the creeps in the haunted house were actors", "sheep are easy to herd",
    "the psychos is a great band", "no one thinks reporters are parasites",
    "landlords are raising rent", "critics are praising the movie",
    "the government is meeting today", "police pigs is an old slur, dont use it",
    "the establishment was founded in 1900", "what a pack of wolves",
    "the weirdos club meets on fridays", "these mps are voting tonight",
    "her fans are waiting", "influencers are posting about it",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck the press conference was wild", "damn that was a great heist movie",
    "shit the news is on", "fucking hell what a game", "hell yes the band is back",
    "bloody hell that song slaps",
)
