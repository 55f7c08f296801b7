"""The gamechat55 probe (issue 8): a player in game chat put down as a child: the reader
called a kid, a little kid or a big baby outright ("ur a kid", "you're such a little
kid", "u kid"), a player named by hero, role or pointer called one ("our mid is a kid",
"this pudge is such a baby"), or the reader waved off with a dismissive word and "kid"
closing the line ("bye kid", "calm down kid"); and the clean lines in the same words that
must stay clean (the writer's own childhood, real children, questions, denials, reports
and gaming talk). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader called a child outright
    "ur a kid", "you are a kid", "you're such a kid", "ur such a little kid lol",
    "u r a little kid", "you are a big baby", "ur just a kid", "bro ur a kid",
    "lol you're a kid", "omg ur such a kid", "u kid", "shut up u little kid",
    "you little kid", "ur a kid go to sleep",
    # a player named by hero, role or pointer called one
    "our mid is a kid", "this pudge is such a kid", "he is a little kid",
    "that invoker is a kid", "their carry is a big baby", "this guy is a kid lol",
    "sk is a kid", "our support is such a baby", "ur jungler is a kid",
    "this sniper is a little kid", "she is such a kid",
    # the reader waved off, "kid" closing the line
    "bye kid", "calm down kid", "cya kid", "lol kid", "w8 kid", "chill kid",
    "keep crying kid", "gg kid", "rip kid lol", "relax kid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the writer's own childhood or children
    "i was a kid when this game came out", "when i was a little kid i played warcraft",
    "my kid is crying brb", "my son is a little kid so he spams ping",
    "im just a kid at heart", "brb my baby is awake",
    # generic you, questions, denials and reports
    "when ur a kid everything is fun", "are you a kid?", "is he a kid?",
    "u a kid or what?", "he is not a kid", "dont call him a kid",
    "he said ur a kid", "is this pudge a kid?",
    # other words close to the shape
    "ur kid is cute", "u kidding me", "lol kidding", "bye guys",
    "calm down we can still win", "gg wp all", "relax we got this",
    "the kid in the next room is loud", "this hero is a kid favourite",
    "he is a kid friendly streamer", "my brother is a kid and plays sniper",
    # gaming talk that stays clean
    "kill the tank first", "that guy is insane", "fucking nice shot",
    "our mid is a beast", "this pudge is insane", "he is a god at this hero",
    "cya next game",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that hook", "fuck i missed the stun", "shit my internet died",
    "damn that was close", "fucking hell what a game", "oh shit they got rosh",
)

# fmt: on
