"""The olid12 probe's held-back batch (issue 8): written after olid12_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same shapes as the studied lines, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a person or group judged by a verb phrase
    "@USER he lies constantly", "@USER she has no idea what she's doing",
    "@USER they screw up everything", "@USER you don't know what you're talking about",
    "@USER he can't tell the truth", "@USER she never shuts up", "@USER they ruin every thread",
    "@USER you know nothing about this", "@USER he has no brain", "@USER democrats ruin everything",
    "@USER she lies through her teeth", "@USER he doesn't have a clue",
    # a person called by an adjective
    "@USER he is so dense", "@USER she is clueless", "@USER you are delusional",
    "@USER he's so ignorant", "@USER you're spineless", "@USER she is brainless",
    # a bare insulting noun phrase after a mention
    "@USER absolute moron", "@USER sad little man", "@USER what an idiot",
    "@USER complete loser", "@USER such a hypocrite", "@USER lying scumbag",
    # political groups name-called
    "@USER typical libtard", "@USER demonrats at it again", "@USER the libtards are melting down",
    # dismissals
    "@USER shut up already", "@USER just shut up", "@USER go away troll",
    "@USER get lost loser", "@USER please go away", "@USER shut your mouth",
    # contempt
    "@USER no one cares what you think", "@USER you are a joke", "@USER nobody asked you",
    "@USER no one cares about your opinion", "@USER you're pathetic",
    "@USER nobody wants to hear from you", "@USER you are irrelevant",
)

HELD_CLEAN: tuple[str, ...] = (
    "@USER he lies down after lunch", "@USER she has no idea it's a surprise party",
    "@USER the bugs ruin every picnic", "@USER I don't know what to cook tonight",
    "@USER he can't tell which twin is which", "@USER she never stops smiling",
    "@USER you know nothing beats pizza", "@USER he has no brakes on that bike lol",
    "@USER he is so tall", "@USER she is cheerful", "@USER you are awesome",
    "@USER he's so kind", "@USER you're brilliant", "@USER she is busy",
    "@USER absolute legend", "@USER sweet little dog", "@USER what an idea",
    "@USER complete set", "@USER such a hero", "@USER lovely morning",
    "@USER democrats at the rally today", "@USER the libraries are open",
    "@USER shut the door please", "@USER just shut down the laptop and restart",
    "@USER go away to the beach", "@USER get lost in a good book", "@USER please go ahead",
    "@USER shut up, that's amazing news!", "@USER no one cares more than she does",
    "@USER the joke landed", "@USER nobody asked for rain today",
    "@USER no one knows the answer", "@USER you're welcome", "@USER nobody wants to miss this",
    "@USER you are important to us", "@USER he never misses a game",
    "@USER they fix everything", "@USER she runs every morning", "@USER they love every episode",
    "@USER he has no regrets",
)

HELD_SWEARING: tuple[str, ...] = (
    "@USER fuck yes", "@USER holy fuck this is great", "@USER damn good question",
    "@USER shit, I forgot my keys", "@USER what the hell happened lol", "@USER fucking beautiful",
)
