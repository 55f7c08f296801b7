"""The forum22 held-back batch (issue 8): written with forum22_probe_lines.py, in the
same shapes but other wording, and not read while the rules were built.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # disbelief that a person or people can be this stupid
    "how can anybody be this dumb", "how are some people this dense",
    "how can someone be this braindead", "how can people be this ignorant",
    "is this dude really this stupid", "how is OP this clueless",
    "how can someone be that stupid", "how are people so gullible",
    "how could anyone be this naive and stupid", "how can someone be this incompetent",
    "how do people end up this dumb", "how can grown men be this stupid",
    "how can these people be so dumb", "is she really this stupid",
    # people "dumb enough" to do something
    "anyone stupid enough to believe him", "people dumb enough to fall for that deserve it",
    "whoever was dumb enough to approve this", "anybody dumb enough to still support him",
    "the morons stupid enough to vote for this", "folks gullible enough to buy the hype",
    "anyone ignorant enough to think that", "voters dumb enough to trust them",
    "only people stupid enough to listen to him", "those dumb enough to pay for it",
    # the stupidity of a thread, a commenter or a camp
    "the stupidity in these comments is breathtaking", "the ignorance in this thread is unreal",
    "the level of ignorance here is scary", "the sheer idiocy of the replies",
    "the stupidity of these people is unreal", "leftist stupidity at its finest",
    "the amount of ignorance on this sub", "the ignorance of OP is astounding",
    "the idiocy in this comment section is amazing", "republican stupidity never ends",
    "the stupidity of some redditors", "the level of idiocy in this sub",
    "the ignorance of the commenters here", "boomer stupidity on full display",
    # OP or someone's partner "sounds like" a name-call (added before its rule)
    "OP sounds like a massive jerk", "your girlfriend sounds like a psycho",
    "your ex sounds like a total loser", "OP seems like an asshole honestly",
    "your dad sounds like a bully", "OP sounds like a child", "your friend sounds like a leech",
    "your sister sounds insufferable", "the OP seems like a troll",
    "your manager sounds like a clown",
    # Italian
    "come fa la gente a essere così stupida", "l'ignoranza in questi commenti è incredibile",
)

HELD_CLEAN: tuple[str, ...] = (
    # an idea, a law, a product
    "the stupidity of this rule is amazing", "the ignorance of the policy is scary",
    "how can a phone be this dumb", "how is this update so stupid",
    "the stupidity of the ending ruined the show", "how can a website be this slow",
    "the level of craft here is amazing", "the amount of love in this thread",
    "the sheer size of this thing", "how can a plan be so dumb",
    # oneself
    "my stupidity knows no bounds lol", "how could i be so stupid",
    "i was dumb enough to believe it, lesson learned", "pardon my ignorance, what is this",
    "sorry for my ignorance, im new here", "how am i this clueless lol",
    "my own ignorance embarrassed me", "i was naive enough to trust them",
    # a real question or plain talk
    "how can someone be this strong", "how are people this creative",
    "how can anyone be so kind", "is she really this tall",
    "how do people get this good at drawing", "ignorance is bliss",
    "willful ignorance is a topic in philosophy", "how is OP this talented",
    # a kind or admiring "enough to"
    "anyone generous enough to donate", "people patient enough to teach",
    "whoever is brave enough to go first", "anyone old enough to remember this",
    "people lucky enough to see it live", "anyone curious enough to read the paper",
    # quoted, reported or counter-speech
    "saying people are stupid for asking is mean",
    "my teacher said the stupidity of the war was the lesson",
    "she wrote 'how can someone be this stupid' and got banned",
    "don't call people dumb enough to fall for scams, scams are clever",
    # "sounds like" without a person or with a kind word
    "OP sounds like a great dad", "your wife sounds like a gem",
    "that sounds like a dumb plan", "this mix sounds like trash",
    "i sound like a moron on recordings", "it sounds like a scam to me",
    "she said your ex sounds like a jerk, idk", "OP sounds like they had a rough day",
    "your friend sounds like she needs help", "the car sounds like a tractor",
    # Italian
    "la stupidità di questa regola è incredibile", "scusa la mia ignoranza",
    "come si fa a essere così gentili", "come può qualcuno essere così bravo",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck this is good", "shit that was close", "damn what a comeback",
    "fucking finally, took long enough", "this is some crazy shit lol",
    "goddamn the replies are gold",
)
