"""The insults20 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "what an imbecilic comment", "what a retarded post", "wow what a moronic reply",
    "what a dumb thing to write", "what a pathetic response", "that's a dumb take",
    "that was a stupid argument", "that's such a moronic opinion", "such an asinine comment",
    "any source for that dumb claim?", "no one asked for your stupid opinion",
    "take your idiotic comments elsewhere", "your brainless reply made me laugh",
    "yet another moronic post from you", "what a braindead take lmao",
    "keep your idiotic rants to yourself", "that dumb comment of yours",
    "honestly what a ridiculous reply", "what an utterly stupid comment",
    "your worthless opinion means nothing",
    "you must have some brain damage", "you clearly have brain damage",
    "you obviously have mental issues", "you have real mental problems",
    "you're brain damaged", "you seem brain damaged", "your iq is really low",
    "your iq must be below freezing", "your iq is lower than a rock", "you're a mental case",
    "you really must have mental issues", "you sound brain damaged",
    "you have some serious mental issues", "your iq has to be in single digits",
    "you definitely have brain damage", "you have got mental problems",
    "you probably have brain damage", "you certainly have mental issues",
    "ur iq is so low", "you are one mental case",
)

HELD_CLEAN: tuple[str, ...] = (
    "what a thoughtful comment", "what a great reply", "that's a fair take",
    "my post was dumb, my bad", "what a dumb post i wrote last night",
    "that idiotic comment he made on tv", "i removed my stupid comment", "what a stupid movie",
    "what a dumb week", "your comment isn't dumb", "your post is not idiotic at all",
    "no comment is stupid here", "the moronic posts on that forum got banned",
    "someone said your reply was dumb, ignore them", "what an idiotic rule",
    "such a dumb game lol", "that's a stupid question", "is this a dumb post? be honest",
    "what a stupid mistake i made", "what a pathetic effort by our defence",
    "my grandpa has brain damage", "she had mental issues as a teen",
    "kids with mental problems deserve care", "he got brain damage from boxing",
    "your iq is impressive", "my iq is lower than yours lol",
    "if you have mental issues, reach out", "you don't have brain damage, it was a concussion",
    "iq is not everything", "brain damaged mice in the study", "i think i have mental issues",
    "the patient was brain damaged", "you have no mental issues",
    "do you have any mental issues in your family?", "mental issues are common",
    "he is a mental health nurse", "my mental issues got better", "his iq is high",
    "the iq test was hard", "we have mental problems in my family",
)

HELD_SWEARING: tuple[str, ...] = (
    "damn, what a fucking comment, brilliant", "holy shit what a post",
    "fuck me this reply is great", "shit, my iq dropped reading that physics paper lol",
    "this take is fucking amazing", "hell yeah, what a damn good argument",
)
