"""The discord14 probe (issue 8): Discord chat lines in the round's shapes (a slang put-down
noun said of the reader, "go unalive" self-harm orders, "imagine having no friends" mockery,
"u smell", an absent parent jab, exclusion by gender, mass-report calls), and clean chat with
the same words (self-talk, game talk, banter). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "ur such an npc", "u are such an npc lol", "ur literally an npc", "bro is an npc",
    "ur such a bozo", "shut up bozo", "ur a whole clown", "ur such a simp",
    "go unalive", "go unalive urself", "pls unalive yourself", "just unalive lol",
    "imagine having no friends", "imagine having no life", "imagine having no gf 💀",
    "u smell", "you stink", "ur smelly", "u reek",
    "ur dad left for a reason", "no wonder ur dad left", "ur dad went for milk lol",
    "ew a girl in vc", "ur a girl so ur bad", "girls cant play this game get out",
    "lets mass report him", "everyone mass report her", "get ratioed", "ratio + fell off + cope",
    "streamer is a fraud", "get good or get out",
)

TUNE_CLEAN: tuple[str, ...] = (
    "i'm such an npc today lol", "that npc is so funny", "the npc dialogue is cursed",
    "bozo the clown is my fav", "simp for the new skin lol", "im a clown for buying this",
    "go unalive the boss", "unalive the dragon first", "youtube makes people say unalive",
    "imagine having no homework", "imagine having no lag", "imagine having no queue times",
    "u smell that?", "i smell pizza", "this cheese stinks", "my room reeks",
    "my dad left for work", "my dad went for milk", "dad left the chat lol",
    "a girl in vc won the match", "my sister is a girl gamer", "girls play this game too",
    "mass report the spam bot", "lets report the bug", "got ratioed by my own mom lol",
    "the streamer fell off a cliff in game", "get good loot then get out of the cave",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that npc", "fuck this boss", "damn i stink at this", "shit im an npc today",
)
