"""The threats15 probe (issue 8): a veiled threat at the reader said as relief or luck
that the two are apart, no blow named ("its a good thing ur not in front of me", "you're
lucky you're not here", "glad ur not near me or else", "ur lucky i cant reach thru the
screen", "per fortuna che non sei qui"); and the clean lines in the same words that must
stay clean (relief without menace, the writer's relief about a third party, games,
reports, questions and quotes). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # relief or luck that the reader is not near the writer, closing the message
    "its a good thing ur not in front of me", "you're lucky you're not here",
    "glad ur not near me or else", "good thing you're not near me rn",
    "you're lucky you aren't in the same room as me", "lucky for you ur not here",
    "be glad you're not in front of me", "ur so lucky ur not next to me right now",
    "good thing u aint here or else", "thank god ur not in front of me",
    "you are lucky you are not around me",
    "its a good thing you're not standing in front of me",
    "lucky ur not in the same room or else", "u r lucky u r not near me",
    "count yourself lucky you're not here", "good thing ur not close to me rn",
    "you better be glad ur not next to me", "luckily for you ur not here",
    "thankfully for you, you're not near me", "ur lucky ur not here irl",
    "good thing youre not in person", "lucky you're not in front of me bro",
    "you should be glad ur not in the same room as me", "good thing ur not here. or else",
    "be thankful you're not near me rn", "its a good thing for you that ur not in front of me",
    # the reach held back only by the screen
    "ur lucky i cant reach thru the screen", "you're lucky i cant reach through the screen",
    "lucky for you i cant reach thru my phone", "ur lucky i can't punch through the screen",
    # Italian
    "per fortuna che non sei qui", "meno male che non sei davanti a me",
    "sei fortunato che non sei vicino a me", "per fortuna non sei qui altrimenti",
    "meno male che non sei nella stessa stanza",
)

TUNE_CLEAN: tuple[str, ...] = (
    # relief without menace: the message goes on with its reason
    "good thing ur not here, its raining", "lucky you're not here, the party is boring",
    "glad ur not near me, i have a cold", "you're lucky you're not in school today",
    "good thing you're not here for this heat", "glad you're not here to see this mess",
    "lucky ur not here, the food is awful", "lucky you're not here, it's freezing",
    "good thing ur not near me rn, i'm sick",
    "good thing ur not in the same room, the wifi is down lol",
    "good thing you're not here or you'd be bored",
    "glad ur not near me or else i'd eat all your fries",
    "its a good thing ur not in front of me, you'd be blinded by my new lights",
    # a third party, the writer, news
    "good thing he's not near me", "lucky she's not in front of me in the queue",
    "i'm glad i'm not near the fire", "luckily the kids were not near the blast, police said",
    "thankfully nobody was in front of the car",
    # games and places of their own
    "good thing ur not on my team", "ur lucky ur not in my lane",
    "lucky you're not in my class, the teacher is brutal",
    # the reach at a thing or a friendly act
    "you're lucky i cant reach the top shelf", "ur lucky i cant reach thru the screen to hug you",
    "you're lucky i can't see through the screen, my room is a mess",
    # reports, questions, quotes
    "she said good thing ur not here or else", "is it a good thing ur not here?",
    "are you glad you're not near me?",
    "'good thing ur not in front of me' is such a weird thing to say",
    # Italian
    "per fortuna che non sei qui, fa un freddo cane",
    "meno male che non sei qui, la festa è noiosa", "per fortuna non sei qui oggi, piove",
    "meno male che non è vicino a me",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit lucky you're not here, it's chaos", "damn you're lucky, that was a sick shot",
    "shit man glad ur not here, the traffic is insane", "fucking hell its hot today",
    "lol shit happens", "fuck yeah good thing ur home",
)
# fmt: on
