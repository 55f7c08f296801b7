"""The precision16 held-back batch (issue 8): the probe's shapes in other words, written
at the same time as precision16_probe_lines.py and before any rule, counted only at the
start and at the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "her stupid face on every poster", "his idiotic cousin keeps posting",
    "their pathetic captain quit", "he's such a dumb guy", "she is a pathetic person",
    "your stupid comments again, moron", "you and your dumb takes, clown",
    "refugees and their stupid customs", "his fat ass in the front row",
    "her dumb ass couldn't find the door", "the stupid idiot next door",
    "his stupid head needs a helmet",
    "i hate u", "i really hate you", "i hate you so much it hurts",
    "i hate you, get out of my server", "if you're trans i hate you",
    "if you are mexican i hate you", "if u are a girl i hate you",
    "if you're an immigrant i hate you", "if you're asian i hate you",
    "i hate you and your whole family", "whoever you are i hate you, freak",
    "if you're jewish, i hate you", "ti odio tantissimo", "se sei nero ti odio",
    "you are ridiculous", "he's ridiculous", "she's so ridiculous and fake",
    "that streamer is ridiculous, what a loser", "the ref is ridiculous and corrupt",
    "ur so ridiculous shut up", "he is ridiculous and stupid",
    "his dumb ass again", "you stupid idiot", "she is a moron",
    "this guy is a joke and a fraud", "you're pathetic",
    "i hate you, you're a liar", "you idiot, stop it",
)

HELD_CLEAN: tuple[str, ...] = (
    "his stupid actions cost the party votes", "her idiotic remarks on tv",
    "their pathetic response to the scandal", "his dumb logic about the budget",
    "the minister's ridiculous statement", "her moronic behaviour at the meeting",
    "the team's stupid decisions all season", "his idiotic opinions about music",
    "their dumb excuses for the delay", "her pathetic answers in the interview",
    "his stupid claims about the election", "the ceo's ridiculous comments",
    "his dumbest move of the night", "her silly take on the finale",
    "if you put ketchup on steak i hate you", "if you walk slow in the hallway i hate you",
    "if u leave one second on the microwave i hate you", "if you like cilantro i hate you",
    "whoever invented mondays i hate you", "whoever made this quiz i hate you lol",
    "if you put milk before cereal i hate you", "if you text me k i hate you",
    "whoever designed this level i hate you", "if you don't use your blinker i hate you",
    "se metti il ketchup sulla carbonara ti odio", "chi ha inventato il lunedì ti odio",
    "curry is ridiculous, another 40 points", "faker is ridiculous on that champ",
    "haaland is being ridiculous again", "this kid is ridiculous with the sniper",
    "lebron is ridiculous tonight", "ohtani is ridiculous this year",
    "s1mple is just ridiculous", "bro is being ridiculous in ranked",
    "the goalie was ridiculous today", "his passing is ridiculous",
    "what a stupid rule", "that movie was pathetic", "this update is dumb",
    "his stupid car broke down again",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that goal", "fucking finally", "damn that was close", "shit my wifi died",
    "fuck yeah we won", "hell yeah", "what the fuck was that play lmao",
)
