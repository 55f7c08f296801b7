"""The olid47 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "the hypocrisy of this man, unbelievable", "the arrogance of that woman lol",
    "the nerve of this woman", "the nerve of that dude smh", "the audacity of that man",
    "the greed of this guy", "the cowardice of this governor",
    "the ignorance of that guy, wow", "the dishonesty of this senator smh",
    "the incompetence of that mayor lmao", "the arrogance of schumer",
    "the hypocrisy of that girl honestly",
    "such ignorance from that guy", "peak hypocrisy from this woman",
    "such greed from him", "peak idiocy from the senator", "more lies from her",
    "such incompetence from this mayor", "pure arrogance from that dude",
    "peak cowardice from our president", "such dishonesty from that man",
    "such stupidity from this guy", "more hypocrisy from pelosi",
    "showing her ignorance again", "showing his hypocrisy once again",
    "she keeps showing her arrogance", "he showed his greed yet again",
    "once again showing her stupidity", "biden showing his incompetence again",
    "there she goes showing her cowardice", "displaying his ignorance for all to see",
    "his lies never stop", "her lies never end", "her greed has no limit",
    "his hypocrisy has no end", "her arrogance never stops", "his incompetence never ends",
    "her stupidity has no limits", "his dishonesty never ends smh",
    "her lies just never end",
)

HELD_CLEAN: tuple[str, ...] = (
    "the hypocrisy of the church", "ignorance is not an excuse",
    "the nerve pain is getting better", "the arrogance of power", "the nerve in my back",
    "such arrogance from that brand", "peak stupidity from this update",
    "such greed from ubisoft", "more lies from the billboard",
    "the hypocrisy of this rule smh", "the greed of this market, wow",
    "the corruption of the process", "the insanity of that clutch is unreal",
    "the insanity of this combo, wow", "such insanity from the jungler gg wp",
    "peak insanity from that play", "my arrogance cost us the game, sorry",
    "peak idiocy from me again lol", "showing my ignorance but how do i craft this",
    "sorry for my stupidity guys", "such ignorance from me, my bad",
    "he said her lies never stop", "my mom always says his greed has no limit",
    "\"such arrogance from that man\" was the headline", "in the book her lies never end",
    "in the show his greed never ends", "showing her talent again",
    "showing his support once again", "his kindness has no limit",
    "her patience never ends", "such grace from that woman", "peak kindness from our mayor",
    "the bravery of this man, wow", "the nerve agent was banned",
    "ignorance of the law is no excuse", "the stupidity of this plan",
    "i don't think his lies never stop, he's honest now",
    "no arrogance from him at all, he's humble", "such honesty from that guy",
    "peak patience from this guy",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck that was close", "shit this boss is hard", "holy fuck what a shot",
    "damn i'm so tired lol", "fucking finally we won", "oh shit i'm late again",
)
