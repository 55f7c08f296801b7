"""The olid37 probe (issue 8): tweets that put a named or pointed-at person down in two
shapes the scorer reads as no one's: an exclamation with the person after the put-down
("what a sore loser she is", "what a fraud that man is", "showing everyone what a liar
he is") and a person shown up by their own doing ("she has shown herself to be a
narcissist", "he proved himself a total fraud", "he keeps making a fool of himself").
The clean lines use the same words of praise, of a thing, of the writer, asked, denied or
reported; the swearing lines are untargeted profanity with "what a". Written before any
rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # "what a ... he is": the person after the put-down
    "what an idiot he is", "what a clown she is", "@USER what a fraud he is",
    "what a sore loser she is lol", "what a pathetic liar he is", "wow what a hypocrite she is",
    "what a coward that man is", "what a disgrace this woman is", "what a snake he was",
    "what a miserable hag she is smh", "what a joke of a senator he is",
    "omg what a moron he is", "@USER what an absolute creep he is",
    "just showing the world what a sore loser she is", "it proves what a fraud he is",
    "every interview shows what a liar he is", "now we all know what a coward she is",
    "what a lying snake that guy is", "what a spoiled brat she is",
    # shown up by their own doing
    "she has shown herself to be a spoilt narcissist", "he proved himself a total fraud",
    "trump keeps making a fool of himself", "she is making a fool of herself again lol",
    "he exposed himself as a liar", "she showed herself up as a hypocrite",
    "@USER he has proven himself to be a coward", "she revealed herself as a fraud today",
    "the senator outed himself as a bigot", "he made a complete fool of himself on tv",
    "she has shown herself to be a liar over and over", "he proved himself a clown again",
    "biden made a fool of himself at the debate", "he exposed himself as a fraud smh",
    "she proved herself a hypocrite", "that man has shown himself to be a bully",
)

TUNE_CLEAN: tuple[str, ...] = (
    # praise and things in the same shape
    "what a legend he is", "what a sweetheart she is", "@USER what a guy he is",
    "what a player he is", "what a beautiful person she is", "what a hero that man is",
    "what a mess this game is", "what a joke this season is lol", "what a day it was",
    # the writer, asked, taught or denied
    "what an idiot i am lol", "what a fool i was", "do you know what a liar is?",
    "i looked up what a narcissist is", "what a hypocrite is depends on who you ask",
    "i forgot what a legend he is", "nobody knows what a fraud is anymore",
    "she has shown herself to be a great leader", "he proved himself a true champion",
    "i made a fool of myself lol", "i proved myself wrong again",
    "he hasn't shown himself to be a liar", "has she shown herself to be a fraud?",
    "she showed herself to be no fool", "he is making a fool of the defense",
    "i made a complete fool of myself at the party", "we made fools of ourselves lol",
    "he exposed the scam as a fraud", "she revealed herself as a fan of the show",
    "he has shown himself to be a real leader", "she proved herself a winner again",
    "they say he proved himself a fraud but i disagree", "what a champ she is",
)

TUNE_SWEARING: tuple[str, ...] = (
    "what a fucking game that was", "holy shit what a day", "damn what a shot lol",
    "fuck me what a goal", "what a shitty week smh", "what the hell is this weather",
)
