"""The threats15 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "good thing ur not in front of me rn", "you're lucky ur not near me",
    "glad you're not next to me or else", "ur lucky you're not here right now",
    "its a good thing you aren't near me", "lucky for u ur not in front of me",
    "be glad ur not here", "you're so lucky you're not around me rn",
    "good thing you aint near me", "thank god you're not next to me",
    "u are lucky ur not in the same room as me", "its a good thing u r not here or else",
    "lucky you aren't close to me", "count urself lucky ur not in front of me",
    "good thing for u ur not near me", "you should be thankful you're not here",
    "ya lucky ur not next to me", "luckily for u you're not in front of me",
    "glad u aint near me or else", "ur lucky ur not in the same room rn",
    "good thing you're not here irl bro", "you better be glad you're not in the same room",
    "lucky ur not standing next to me", "you're lucky you are not near me right now",
    "be glad u r not in front of me", "good thing ur not around me or else",
    "thankfully for u ur not here", "you're real lucky you're not here",
    "it's a good thing that you're not in front of me",
    "ur just lucky ur not near me",
    "you're lucky i cant reach thru this screen", "ur lucky i can't reach you thru the screen",
    "lucky for u i cant reach through the phone", "ur lucky i cant get thru the screen",
    "per fortuna che non sei vicino a me", "meno male che non sei qui",
    "sei fortunata che non sei qui", "per fortuna che non sei davanti a me",
    "meno male che non sei qua altrimenti", "per fortuna che non siete qui",
)

HELD_CLEAN: tuple[str, ...] = (
    "good thing ur not here, it's pouring", "lucky you're not here, the movie is so boring",
    "glad ur not near me, i've got the flu", "you're lucky you're not at work today",
    "good thing you're not here for this traffic", "glad you're not here to see this",
    "lucky ur not here, the music is awful", "lucky you're not here, it's boiling",
    "good thing ur not near me rn, i'm contagious",
    "good thing we're not in the same room, i'd talk your ear off",
    "good thing you're not here or you'd be soaked",
    "glad ur not near me or else i'd steal your cake",
    "its a good thing ur not in front of me, you'd laugh at my hair",
    "good thing she's not near me", "lucky he's not in front of me at the counter",
    "i'm glad i'm not near the coast", "luckily the workers were not near the explosion",
    "thankfully no one was in front of the bus",
    "good thing ur not on the other team", "ur lucky ur not in my lobby",
    "lucky you're not in my school, the exams are brutal",
    "you're lucky i cant reach the cookie jar",
    "ur lucky i cant reach thru the screen to pinch your cheeks",
    "you're lucky i can't see through the camera, i'm in pajamas",
    "he said glad ur not near me or else", "is it lucky you're not here?",
    "are you lucky you're not near me?",
    "\"you're lucky you're not here\" is what she texted me about the storm",
    "per fortuna che non sei qui, c'è la nebbia",
    "meno male che non sei qui, il concerto è noioso",
    "per fortuna non sei qui stasera, nevica", "meno male che non è davanti a me",
    "good thing ur not here, you'd hate the noise", "lucky u aint here, the line is huge",
    "glad you're not near me, i stink after the gym",
    "you're lucky you aren't in my english class",
    "good thing he aint near me", "luckily my cat was not near the stove",
    "lucky ur not here, the beer ran out",
    "thank god ur not here, the kitchen is a disaster",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fuck lucky you're not here, the storm is insane", "damn ur lucky, great pull",
    "shit dude glad ur home safe", "fuckin traffic again",
    "lmao shit happens bro", "hell yeah good thing ur back",
)
# fmt: on
