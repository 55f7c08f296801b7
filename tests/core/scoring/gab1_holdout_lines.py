"""The gab1 held-back lines (issue 8): other wordings of the probe's shapes (a thing or a
situation cursed with the reader only addressed or generic after it; "fuck" as an
exclamation before "you're"), written at the same time as gab1_probe_lines.py and counted
only at the round's start and end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you suck, you know", "you guys suck, you know that", "y'all suck, you guys",
    "you suck so bad when you're tilted", "you seriously suck, you guys",
    "mike sucks, you guys", "he really sucks, you know", "she sucks, you guys",
    "your sister sucks, you know", "that dude is shit, you guys",
    "you're such a bitch, you know", "she's a bitch, you guys",
    "your dad sucks, you know", "that girl sucks, you guys",
    "the stream sucks when you're on it", "the call sucked when you joined",
    "the group sucks when you're here", "the lobby sucks when you talk",
    "it sucks when you show up", "everything sucks when you're here",
    "you are so shit, you guys", "you're shit when you're tilted",
    "fuck you're a moron", "fuck you're such an idiot", "fuck you're so stupid",
    "fuck you're ugly", "fuck you're a loser", "fuck you're worthless",
    "fuck you, you're a moron", "fuck you you're so annoying", "fuck you, you're a joke",
    "oh fuck you're such an idiot", "fuck you're a clown", "fuck you're trash",
    "fuck you and your dumb mates", "fuck you're a cunt", "fuck you're a fucking idiot",
    "you suck, you know it", "kyle is shit, you guys", "fuck you're annoying as hell",
)

HELD_CLEAN: tuple[str, ...] = (
    "the new map sucks, you guys", "this rain sucks, you guys", "my commute sucks, you guys",
    "the last episode sucks, you guys", "moving house sucks, you know",
    "the sequel sucked, you guys", "the new layout is shit, you guys",
    "this cold is a bitch, you guys", "the wifi sucks, you know",
    "the food here sucks, you guys", "being tired sucks, you know",
    "my phone sucks, you guys", "the update is a bitch, you know",
    "life sucks when you're sick", "work sucks when you're on nights",
    "traffic sucks when you're in a rush", "college sucks when you're broke",
    "it sucks when you're alone on christmas", "summer sucks when you're stuck inside",
    "the train sucks when you're late", "life is a bitch when you're poor",
    "mornings suck when you have no sleep", "rent sucks when you're young",
    "exams suck when you're tired", "it sucks when you're the only one awake",
    "fuck you're quick", "fuck you're lucky, i never win", "oh fuck you're right, sorry",
    "fuck you're so right about that", "fuck you're home!", "fuck you're great at this",
    "fuck you're kidding, it closed?", "holy fuck you're strong", "fuck you're early",
    "fuck you're brave", "fuck you're tall now", "oh fuck you're back, welcome",
    "fuck you're so talented", "fuck you're fast, nice run", "fuck you're up early",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit what a goal", "damn this cake slaps", "fuck yes, finally friday",
    "shit, my battery died", "that show was fucking great", "oh shit, it's raining again",
)
# fmt: on
