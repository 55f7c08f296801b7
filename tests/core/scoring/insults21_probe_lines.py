"""The insults21 probe (issue 8): a forum commenter sent back to the nursery or the
basement ("go back to your mom's basement", "run along little boy, the grown-ups are
talking") and a commenter's brains measured low without a hostile word ("you have the IQ
of a doorknob", "your iq must be in single digits"), with clean lines in the same words
and friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # sent back to the nursery, the crib or the basement
    "go back to your mom's basement", "go back to your mommy's basement and stay there",
    "go back to your crib, the adults are talking", "get back to your playpen",
    "go back to sleep, we'll wake you when we need you", "go back to your sandbox kid",
    "crawl back to your mother's basement", "get back in your crib",
    "go back to sucking your thumb", "run along little boy, the grown ups are talking",
    "run along now, sonny", "isn't it past your bedtime?",
    "shouldn't you be in bed by now, kiddo",
    "typical keyboard warrior living in his mom's basement",
    "says the guy who lives in his mother's basement", "you still live in your mom's basement",
    "quit acting tough from your mommy's basement",
    # brains measured low
    "you have the iq of a doorknob", "your iq must be in single digits",
    "your iq is lower than room temperature", "you clearly have an iq of about 40",
    "you prove that your iq is smaller than your shoe size",
    "an iq like yours should be studied by science", "you have the brains of a turnip",
    "you have the intelligence of a potato", "you have the attention span of a goldfish",
    "you have the reading skills of a toddler",
    "keep talking, it makes you sound smarter than you are",
    "you're not as smart as you think you are", "you are not the sharpest tool in the shed",
    "your last brain cell is lonely", "you're about as bright as a burnt out bulb",
    "you must have been dropped on your head as a baby",
    "were you dropped on your head as a child?",
    "did your mom drink while she was pregnant with you?",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about oneself, a thing, plans or a real place
    "i finally moved out of my mom's basement", "we turned my mother's basement into a gym",
    "i need to go back to sleep, night all", "the baby went back to her crib without a fuss",
    "go back to the main menu and try again", "i'm going back to my parents' place for christmas",
    "get back to your seats, the show is starting", "go back to your desk when you're done",
    "the kids ran along the beach", "the grown ups are talking about taxes",
    "it's past my bedtime, good night", "shouldn't you be at work today? hope all is well",
    "my brother still lives in the basement and he likes it", "the basement flooded again",
    "he lives in his mom's old house now", "my kid got back in his crib himself",
    # IQ and brains, not a put-down
    "iq tests measure very little", "the average iq is 100", "my iq test came back at 115",
    "your iq score doesn't define you", "you have the heart of a lion",
    "you have the patience of a saint", "you have the memory of an elephant",
    "you're smarter than you think you are", "you're sharper than most people here",
    "the article says you need a high iq to enjoy it", "i have the attention span of a goldfish",
    "i was dropped on my head as a baby, explains a lot lol", "my brain cells are tired today",
    "the iq of the average voter is the same as ever", "you're wrong about the tax rate",
    "she has the brains of the whole family",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that basement is huge", "fuck yeah, back to sleep for me",
    "damn this crib was a bitch to assemble", "shit, i forgot my iq test at home lol",
    "what the hell, the site went down again", "fucking finally, the kids are asleep",
)
