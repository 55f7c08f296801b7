"""The forum25 probe (issue 8): forum and news-site comments in the round's shapes (a
commenter's wits measured by degree: "you can't be that stupid", "do you have to practice
to be this dumb"; a person in the news or of the thread named after an exclamation's
name-call: "what a moron this governor is", "what an idiot that guy was") and clean
comments that look alike (the same words at no one, at oneself or at a thing, denied,
kind, reported, asked, quoted). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a commenter's wits measured by degree
    "you can't be that stupid", "You can't really be that dumb.",
    "you cannot possibly be this ignorant", "you must be that stupid to believe this",
    "You CAN'T be that thick.", "you have to be that dumb to vote for him",
    "you really must be this dense", "Wow, you can't be that naive.",
    "you'd have to be that stupid to post this", "ya can't be that clueless",
    "you couldn't be more stupid if you tried", "you can't honestly be this gullible",
    "Surely you can't be that obtuse.", "u can't be this dumb",
    "you must be really that stupid", "Sir, you cannot be that stupid.",
    "you have to practice to be that stupid", "you've got to be that ignorant to say that",
    # a person named after an exclamation's name-call
    "what a moron this governor is", "what an idiot this guy is",
    "What a fool that man was.", "what a clown this senator is",
    "What a buffoon this president is!", "what a loser that guy is",
    "what a hypocrite this mayor is", "what an idiot that commenter is",
    "What a dumbass this dude is.", "what a jerk that reporter was",
    "what a coward this premier is", "what a tool this minister is",
    "what a liar this man is", "what an imbecile that woman is",
    "what an ignorant fool this poster is", "what a creep that senator was",
    "Wow. What a moron this guy is.",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the degree at no one, the writer, a thing, denied, asked, reported
    "i can't be that stupid", "I can't believe I was that dumb.",
    "it can't be that hard", "the law can't be that stupid",
    "you can't be too careful these days", "you can't be that careful with money",
    "you can't be that good at everything", "nobody says you have to be that strong",
    "we can't be that naive again", "my son can't be that clumsy",
    "he said you can't be that stupid, and he was joking", "are you really that tired?",
    "\"you can't be that stupid\" is what my boss yelled",
    "you don't have to be that smart to get it",
    "you must be that happy", "you can't be that late every day, be careful",
    # the exclamation at oneself, a thing, or kind
    "what a fool i am", "what an idiot i was yesterday", "what a joke this bill is",
    "what a clown show this hearing is", "what a mess this law is",
    "what a genius this guy is", "what a hero that man was",
    "what a stupid rule this is", "what a disgrace this decision is",
    "what a loser i was in school", "what a gem this woman is",
    "what a lovely man he is", "is what a moron this guy is really the headline?",
    "she said \"what an idiot this guy is\" and laughed", "what a nightmare this commute is",
    "what a day this was",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit, what a game that was", "this fucking law is a mess",
    "damn, i can't be that late again", "what the hell is this tax",
    "fuck yeah, great article", "shit, what a day",
)
