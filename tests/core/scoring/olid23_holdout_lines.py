"""The olid23 held-back batch (issue 8): written with the probe and before any rule,
in the same shapes with other wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "@USER Biden has lost his mind", "@USER Maxine Waters has lost her mind",
    "@USER you have completely lost your mind", "@USER have u lost ur mind",
    "conservatives have lost their minds", "@USER the Dems have lost their minds",
    "@USER this woman has lost her mind", "@USER the man has clearly lost his mind",
    "@USER you've lost your damn mind", "@USER he has totally lost his marbles",
    "@USER Republicans have lost their collective minds", "@USER she's lost her mind",
    "@USER Hillary has lost it completely", "@USER the GOP has lost its mind",
    "@USER u are out of ur mind", "@USER you must be out of your mind",
    "@USER Trump is out of his mind", "@USER antifa are out of their minds",
    "@USER you are out of your fucking mind", "@USER the left is out of its mind",
    "@USER Shame on u", "@USER SHAME ON YOU", "shame on you @USER",
    "@USER shame on the GOP", "@USER shame on Kavanaugh", "@USER shame on these people",
    "@USER shame on all of you", "@USER shame on liberals for this",
    "shame on her for using her kids", "@USER shame on you, you coward",
    "@USER you should be ashamed", "@USER Feinstein should be ashamed of herself",
    "@USER you should be so ashamed of yourself", "@USER the Dems should be ashamed of themselves",
    "@USER you ought to be ashamed", "@USER shame on you Senator",
    "@USER sei completamente fuori di testa", "@USER vergognatevi",
    "@USER ha perso la testa del tutto", "@USER ma sei fuori di testa?",
)

HELD_CLEAN: tuple[str, ...] = (
    "I lost my mind at the concert", "we all lost our minds when the song dropped",
    "I've lost my mind trying to fix this code", "the audience lost their minds",
    "you're gonna lose your mind at this ending", "my dad is slowly losing his mind to alzheimer's",
    "I'm out of my mind excited for friday", "we were out of our minds with joy",
    "out of sight out of mind", "I'm going out of my mind waiting",
    "did he lose his mind or what happened", "she laughed so hard she lost her mind",
    "shame on me for trusting the forecast", "there's no shame in crying",
    "what a shame about the weather", "it's a real shame the store closed",
    "no shame in that at all", "shame on me I forgot my keys",
    "fool me once, shame on you", "shame that the game got delayed",
    "nobody should be ashamed of themselves for asking", "I'm so ashamed of myself lol",
    "don't you ever be ashamed of yourself", "never be ashamed of who you are",
    "he felt ashamed of himself", "you shouldn't be ashamed of yourself",
    "she said he had lost his mind", "is he losing his mind?",
    "the price is out of this world", "prices are out of control",
    "the stock market lost its mind today", "this recipe is out of this world",
    "@USER so proud of you", "@USER you are the best",
    "the team played out of their minds tonight", "the goalie played out of his mind",
    "I'm losing my mind over this puzzle", "please don't lose your mind over this",
    "you will never be ashamed of yourself here", "@USER thank you for everything",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck I'm losing my mind", "holy shit that was insane", "damn I'm out of my mind hungry",
    "this shit is out of control lol", "fucking hell what a match", "shit yeah we did it",
)
