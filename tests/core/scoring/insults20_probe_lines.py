"""The insults20 probe (issue 8): comment-section put-downs of another commenter that the
scorer missed: the reader's words named with a stupidity word before them ("what an
idiotic comment", "that's a stupid comment", "your moronic rants"), and the reader's mind
or IQ found damaged or low ("you must have brain damage", "your iq is low", "you clearly
have mental issues"); with clean lines in the same words that must stay clean (praise,
the writer's own words and mind, a third person's words, things, negations, care) and
friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader's words with a stupidity word before them
    "what an idiotic comment", "what a moronic post", "wow, what a dumb take",
    "what a stupid thing to say", "what an asinine reply, seriously",
    "that's a stupid comment", "that was an idiotic post", "that is such a dumb argument",
    "such a brainless take", "got a link for that idiotic comment?",
    "nobody cares about your stupid opinion", "spare us your moronic rants",
    "your pathetic reply says it all", "another idiotic comment from you",
    "what a braindead response lol", "keep your dumb opinions to yourself",
    "that stupid post of yours", "lol what a ridiculous argument",
    # the reader's mind or iq found damaged or low
    "you must have brain damage", "you obviously have brain damage",
    "you clearly have mental issues", "you have serious mental problems",
    "you are brain damaged", "you must be brain damaged", "your iq is low",
    "your iq must be in single digits", "your iq is lower than your shoe size",
    "you are a mental case", "you seem to have mental issues",
    "you really have mental issues", "you sir are a mental case",
    "your iq must be below room temperature", "you have mental problems, seriously",
    "you must have mental issues", "you are obviously brain damaged",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about praise, the writer, a third person, things, or denied
    "what an interesting comment", "what a great take", "that's a good comment",
    "my comment was stupid, sorry", "what a stupid comment i made lol",
    "i made a dumb post yesterday", "that stupid comment he made about the budget",
    "i deleted my idiotic comment", "what a stupid game", "what a dumb day",
    "your comment is not stupid", "that isn't a stupid comment at all",
    "there are no stupid comments here",
    "the idiotic comments in that other thread were deleted",
    "someone called your post dumb, ignore them", "what a stupid mistake on my part",
    # the mind or iq of the writer, of others, in care or in general
    "i have mental issues too", "my brother has brain damage from a fall",
    "people with mental issues need support", "he suffered brain damage in the crash",
    "your iq is high", "do you have mental health issues? you can talk to me",
    "you don't have mental issues, you're just tired", "iq tests are not reliable",
    "my iq is low lol", "the brain damaged patients recovered",
    "if you have mental problems, please see a doctor", "my iq must be in single digits today",
    "she is a mental health nurse", "you are not brain damaged, it was a concussion",
    "mental problems are common in my family", "his iq is lower than mine",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what a comment", "damn, what a fucking take, love it",
    "fuck yeah this post is great", "shit, i forgot my meds again lol",
    "that comment was fucking hilarious", "hell yes, great fucking reply",
)
