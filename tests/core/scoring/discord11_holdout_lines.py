"""The discord11 probe's held-back batch (issue 8): written at the same time as
discord11_probe_lines.py and before any rule, never read for misses; counted once at the
start of the round and once at the end. Same shapes, new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # slang aimed
    "<@223456789012345678> ratio + L + touch grass + nobody asked",
    "cope and seethe ur still a loser", "nobody asked, nobody cares, go away",
    "skill issue, just quit the team already",
    "who even asked u, shut up",
    # kys
    "kys pls", "k.y.s", "go kys", "do everyone a favor and kys",
    # harassment
    "ur so annoying just leave already", "shut up already omg",
    "go away nobody wants you", "get out of the server loser",
    "you're not welcome here, leave", "nobody here likes you", "block me then, see if i care loser",
    "leave leave leave leave", "why won't you just leave",
    "stop talking, nobody cares about you",
    "ur the most annoying member of this server",
    # doxxing and leaks
    "i know where u live btw", "i'm going to leak your nudes",
    "i'll post your face in every channel", "i got your address from your steam lol",
    "i know your real name and where you go to school",
    "your pics are getting leaked tonight",
    # exclusion
    "dont invite him to vc", "we don't want you in our group chat",
    "nobody invite her to the next session", "kick her out of the server she's annoying",
    "we don't want you on the team",
    # run-downs
    "ur art is garbage stop posting", "ur music is unlistenable trash, quit",
    "your builds are so ugly leave the smp",
    "stop asking dumb questions and read the docs moron",
    # Italian
    "nessuno ti ha chiesto nulla", "esci da questo server", "nessuno ti sopporta qui",
    "vattene dal server", "so dove vivi",
)

HELD_CLEAN: tuple[str, ...] = (
    # banter and self-deprecation
    "skill issue tbh, i'll practice", "nobody asked but i finished my oc!",
    "L for me, missed the stream", "cope lol i got the last ticket",
    "i know i'm annoying, sorry for the pings", "ur so annoying ily",
    "shut up ur actually so talented", "go away with that cute art 😭",
    "lmao leave me alone", "i'm leaving the vc to sleep, gn",
    "kys (keep yourself safe) before the exam", "i'd die for this ship honestly",
    # lyrics and quotes
    "\"leave, get out, right now\" is a jojo song",
    "🎶 nobody likes you, everybody left you 🎶",
    "rule 2: no \"kys\" or similar, even as a joke",
    "someone told me \"i'll leak your pics\", what do i do",
    # mod and server talk
    "please don't invite people without asking the owner",
    "you're welcome to leave feedback in #suggestions",
    "get out of the afk channel when you're back pls",
    "block and report anyone who dms you links",
    "we don't want any nsfw in vc", "nobody invited the music bot lol",
    # game, art and tech
    "leave the village before the raid", "get out of the base the wither is loose",
    "kill yourself in lava to clear your inventory", "my memory leaks every time",
    "the trailer leaked early", "i know where the diamonds are",
    "kick the afk guy from lobby", "don't invite the boss to phase 2 lol",
    "your shading is so good", "this remix goes hard",
    "ratio the enemy team's dps, we're up 3",
    "||snape kills dumbledore|| old spoiler lol", ":sob: my build got griefed",
    "-_- why is the wifi like this", "**nobody** beats this combo",
    # Italian
    "nessuno ha chiesto ma ecco la mia build", "esco dal vocale, a dopo",
    "stai zitto che mi fai morire 😂",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the update", "fuck this creeper", "damn my wifi",
    "shit i died again", "wtf was that spawn", "fucking lag",
    "hell yeah new record", "cazzo ho perso la build", "porca puttana che lag", "fuck yes",
)
