"""The olid6 round's held-back lines (issue 8, ninth session): the same four shapes as
olid6_probe_lines.py (a person spoken of called a liar, fraud, disgrace...; the reader
given a negative description; profanity aimed at someone; contempt for a political
group), new wording, tweets and forum comments, written after them and before any rule
changed; counted only at the start and the end of the round, never read for misses.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER he's a fraud and a liar",
    "@USER Schiff is a fraud",
    "@USER this woman is a disgrace",
    "@USER the mayor is a clown",
    "@USER she is such a loser",
    "@USER Comey is a traitor",
    "@USER he is a hypocrite of the highest order",
    "@USER that guy is a joke",
    "@USER McConnell is a coward and a liar",
    "the OP is a clown, ignore him",
    "honestly this guy is a fraud and everyone here knows it",
    "@USER what a disgrace he is",
    "@USER you are a disgrace",
    "@USER you are a coward",
    "@USER you're the reason nobody trusts the press",
    "@USER you are an embarrassment to women",
    "@USER you are a fake christian",
    "@USER you are a hypocrite and a fraud",
    "@USER you're a joke and a half",
    "@USER you have no integrity",
    "you are everything wrong with this sub",
    "you're a shill and a liar",
    "@USER fuck you and your party",
    "@USER fuck her",
    "@USER screw you and your wall",
    "@USER go fuck yourself",
    "@USER you are so full of shit",
    "@USER he can go to hell",
    "@USER she's full of shit",
    "@USER fuck off with that",
    "@USER fuck Pelosi",
    "@USER eat shit and die",
    "fuck you, you don't know anything",
    "@USER liberals are mentally ill",
    "@USER conservatives are idiots",
    "@USER democrats are the enemy of the people",
    "@USER republicans are all cowards",
    "@USER leftists are pathetic",
    "@USER liberals are ruining this country",
    "@USER the left is full of hypocrites",
    "@USER libs are so dumb",
    "@USER typical leftist garbage",
    "@USER trump supporters are morons",
    "conservatives on this sub are so stupid it hurts",
    "liberals are the biggest hypocrites on earth",
)

# Swearing at nothing: the UNT control.
HELD_SWEARING: tuple[str, ...] = (
    "@USER holy shit, this thread",
    "@USER fuck, that's a great point",
    "@USER damn good question",
    "@USER shit, I had no idea",
    "@USER hell yeah, see you there",
    "@USER what the fuck happened at the game",
    "@USER fucking finally some good news",
    "@USER this traffic is shit",
    "@USER fuck this cold",
    "@USER the damn printer broke again",
    "@USER oh fuck, I forgot to vote",
    "@USER shit is getting real now",
    "@USER that was fucking epic",
    "@USER hell no, not again",
    "@USER goddamn this song slaps",
)

HELD_OTHER_CLEAN: tuple[str, ...] = (
    "@USER he is a fraud analyst at the bank",
    "@USER the clown car at the circus was a hit",
    "@USER he is not a loser, he tried his best",
    "@USER she said he was a fraud, but the court disagreed",
    "@USER the traitor in the movie was so well written",
    "@USER that was a disgraceful call by the ref",
    "@USER you are part of the team now",
    "@USER you are a hero",
    "@USER you're the reason I started voting",
    "@USER you are an inspiration to women",
    "@USER you have my respect",
    "@USER you are a true christian",
    "@USER you're not the problem, the system is",
    "@USER liberals are holding a town hall tonight",
    "@USER conservatives are gathering in Dallas",
    "@USER democrats are pushing a new bill",
    "@USER republicans are leading in the polls",
    "@USER the left is pushing for healthcare",
    "@USER as a liberal I think this is fair",
    "@USER many conservatives support this",
    "@USER screw on the cap before shaking",
    "@USER go to the store before it closes",
    "@USER this pie is full of apples",
    "@USER the loser buys dinner",
    "@USER he lost the race but stayed classy",
    "@USER the report on fraud was long",
    "@USER you are right about the budget",
    "@USER she is a fine mayor",
    "i think the OP has a point here",
    "liberals and conservatives agree on very little these days",
)

HELD_CLEAN: tuple[str, ...] = HELD_SWEARING + HELD_OTHER_CLEAN
