"""The discord15 probe (issue 8): Discord chat lines in the round's shapes (a scolding
"don't be such a <put-down>", "ratio" dunks, gender exclusion from a voice chat, a
streamer or mod called a fraud, exclusion: "nobody invited u", "log off", "touch grass"),
and clean chat of the over-read shapes: game advice with "die", "you smell like <nice
thing>", game mobs named like insults, meeting friends at a meetup, and friendly banter.
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "don't be such a loser", "dont be such a crybaby", "stop being such a weirdo",
    "quit being such a baby about it", "stop being such a tryhard loser", "don't be a clown",
    "ratio + fell off + cope", "L + ratio + ur bad", "cope + seethe + ratio",
    "get ratioed", "get ratioed nerd", "u got ratioed lmao",
    "ew a girl in vc", "ugh another girl in vc", "ew girls on my team",
    "no girls in the vc pls", "girls cant aim get off the team",
    "streamer is a fraud", "this streamer is a total fraud", "the mod is a fraud",
    "that youtuber is a scammer", "the admin is a fraud lol",
    "ur so annoying nobody wants u here", "no one invited you", "leave the server", "log off",
    "touch grass loser", "nobody invited u to this vc", "just leave the vc already",
    "log off and never come back", "go touch grass nerd", "ur so annoying just leave",
    "nobody wants u in this server", "we dont want u here",
)

TUNE_CLEAN: tuple[str, ...] = (
    "u shud die less lol", "try to die less in lane", "you die way too much early, play safer",
    "just dont die first next round", "u need to die less if u wanna carry",
    "die less and ur kd goes up",
    "you smell like vanilla", "u smell like fresh cookies", "you smell like lavender lol cute",
    "you smell like the beach",
    "that creeper blew up my house", "stupid creepers everywhere at night",
    "the witch one-shot me", "the creeps pushed top lane", "the goblins stole my loot",
    "hit the training dummy first", "the troll boss has crazy regen",
    "i'll find u irl at the meetup", "ill find you at the con, wear the red hat",
    "i'll come find u at the lan party", "see u irl at the tournament",
    "i'll find u at the venue after the match",
    "ur such a nerd lol love u", "ur such a dork ❤️", "ur so weird lol ily",
    "don't be such a stranger, come play", "my kd ratio is bad", "the aspect ratio is off",
    "a girl in vc carried us", "the streamer is a legend", "the fraud quest in the guild hall",
    "i gotta log off soon", "nobody invited me lol",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking creeper", "holy shit that creeper", "damn i died again", "fuck this lag",
    "shit the ghast got me",
)
