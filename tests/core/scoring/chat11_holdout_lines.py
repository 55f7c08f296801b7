"""The chat11 held-back lines (issue 8): other wordings of the round's shapes, written at
the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "you are annoying me", "ur so annoying me", "you're really annoying me",
    "stop annoying me bot", "quit annoying me", "you are annoying me again",
    "you're boring me", "you are boring me to tears", "u bore me", "you bore me so much",
    "you are irritating me", "stop irritating me", "you are getting on my nerves",
    "u get on my nerves", "you get on my last nerve", "you're bugging me again",
    "stop pestering me", "you're pestering me", "you are driving me crazy",
    "now you are annoying me", "lol you're wasting my time", "ur wasting my time",
    "quit wasting my time", "you're wasting my time again", "talking to you is a waste of my time",
    "chatting to you is a waste of time", "you're a waste of time", "talking with you is pointless",
    "i am sick of you", "im so sick of you", "i'm tired of you bot", "i am sick and tired of you",
    "i'm done with you", "im done with you", "i hate chatting with you", "i hate talking with you",
    "you bore me to death", "you are really getting on my nerves", "stop bugging me please",
    "you're irritating me now",
)

HELD_CLEAN: tuple[str, ...] = (
    "the traffic is annoying me", "this song is annoying me", "my boss is annoying me",
    "the lecture bored me to death", "math bores me", "the noise gets on my nerves",
    "my cat gets on my nerves sometimes", "the queue is wasting my time",
    "that movie was a waste of time", "the class is a waste of time",
    "i'm sick of the rain", "i'm tired of this traffic", "i'm done with the dishes",
    "am i boring you?", "sorry if i'm annoying you", "sorry for wasting your time",
    "i hope i'm not bugging you", "let me know if i'm pestering you",
    "you're not boring me", "you never annoy me", "you don't bore me at all",
    "chatting with you is never a waste of time", "talking to you is so nice",
    "i'm never sick of you", "i like talking to you", "i enjoy chatting with you",
    "my mom said i was getting on her nerves", "she told him he was wasting her time",
    "is the light annoying you?", "does the music bother you?",
    "the doctor said he'd be done with you shortly",
    "you're wasting your time on that quest", "you can stop worrying now",
    "it's annoying me that i can't find my keys", "the wait is boring me",
    "this puzzle is driving me crazy", "my phone keeps bugging me to update",
    "i'm tired of losing at chess", "i'm sick of my own cooking", "homework is pointless",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit that's amazing", "fuck yes i passed", "damn this is good",
    "shit my battery died", "hell yeah thanks", "that was fucking brilliant",
)
