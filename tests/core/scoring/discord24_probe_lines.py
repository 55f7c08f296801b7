"""The discord24 probe (issue 8): Discord chat lines between teenagers in the round's
shapes (a loss handed to a member: "take the L bozo", "L + ratio"; "cope" and "seethe"
told to the reader; "cry me a river"; "no lifer" and such labels put on the reader; the
reader's mother mocked with a lowly job or trait; "nobody asked" / "who asked" at the
reader) and clean chat that looks alike: the same words at no one or the writer ("L for
me today", "i'm such a no lifer lol"), kind turns, talk of games and shows, friendly
banter. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a loss handed to a member
    "take this L bozo", "take the L bozo", "L + ratio", "ratio + L + bozo",
    "hold this L", "massive L for u bozo", "ur an L fr", "ratio bozo 💀",
    "imagine being this much of an L", "u took the fattest L lmao",
    # cope and seethe told to the reader
    "cope + seethe", "cope and seethe bozo", "keep coping lil bro", "stay coping",
    "cope harder lmao", "seethe harder", "mald + cope", "ur coping so hard rn",
    "cry me a river", "cry me a river bozo", "go cry me a river lol",
    # a label put on the reader
    "ur such a no lifer", "ur a no lifer fr", "u no lifer 💀", "ur such a loser lmao",
    "ur actually a bot", "ur such an npc", "ur so washed", "u are so mid",
    # the reader's mother mocked
    "ur mom works at mcdonalds", "ur mom is so broke lol", "ur mom drives a honda civic 💀",
    "ur mom still lives in a trailer", "your mom works at walmart lmao",
    # nobody asked
    "nobody asked bozo", "who asked lmao", "didnt ask + ratio", "no one asked u",
    # Italian
    "rosica e piangi", "sei proprio uno sfigato senza vita", "tua madre lavora al mcdonald",
    "prenditi questa L",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one or the writer
    "L for me today", "took a massive L on that test", "my team took the L again",
    "i'm such a no lifer lol", "im a no lifer this summer ngl",
    "i was coping so hard after that loss",
    "this is how i cope with exams", "ratio'd myself lmao", "i took the L with grace",
    # talk of games and shows
    "the L key is broken on my keyboard", "what's the aspect ratio on that monitor",
    "the npc in that quest is so annoying", "that boss is so mid honestly",
    "cry me a river is such a good song", "he sang cry me a river at karaoke",
    "the new season is mid but the ending slaps",
    # kind turns
    "nobody asked but ur doing amazing", "no one asked but i'm proud of u",
    "who asked? me, i asked, how are u", "ur mom makes the best lasagna",
    "ur mom works at the hospital right? tell her thanks",
    "my mom works at mcdonalds and she's the best", "ur doing great, dont cope alone",
    "get a life potion before the boss", "bozo the clown was on tv lol",
    # reports and help
    "someone told me to take the L and it hurt", "how do i cope with losing friends",
    "he kept saying ratio to everyone, is that bannable",
    # Italian
    "oggi ho preso una L", "mia madre lavora al mcdonald", "come faccio a non rosicare",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what an L lmao", "fucking ratio'd myself", "damn that was a huge L for me",
    "shit i'm such a no lifer", "fuck this boss i'm coping",
)
