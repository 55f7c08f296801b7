"""The insults24 probe (issue 8): the reader's sanity put down in comment threads, a
condescending question or remark that the reader's mind is gone ("what planet are you
on?", "did you forget your meds again?", "the voices in your head are lying to you",
"you've got a screw loose", "did your mom drink while pregnant with you?"), and clean
lines in the same words that must stay clean (the planets, medicine, heads and
pregnancies of real life, the writer's own, denied, quoted or reported). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # the reader sent to another planet
    "what planet are you on?", "what planet are you living on lol",
    "which planet are you from, seriously", "what planet do you live on",
    "honestly what planet are u on", "what planet r u from with takes like that",
    # the reader's pills
    "did you forget your meds again?", "someone forgot to take their meds today",
    "are you off your meds or what", "you're clearly off your meds",
    "time to up your meds buddy", "did u skip your pills this morning?",
    "sounds like you forgot your medication", "you must be off ur meds",
    # voices, screws, marbles, a mind gone
    "the voices in your head are lying to you", "go argue with the voices in your head",
    "tell the voices in your head to shut up", "you've got a screw loose",
    "you clearly have a few screws loose", "u have a screw loose mate",
    "you've lost your marbles", "your mind is gone, sad really",
    "you are not right in the head", "you're not right in the head, are you",
    "you aint right in the head", "you need your head examined",
    "go get your head examined", "is anyone home up there?", "hello, anybody home up there?",
    "the lights are on but nobody's home with you",
    # the reader's mother blamed for the reader's mind
    "did your mom drink while pregnant with you?", "your mother drank while pregnant didn't she",
    "momma drank when she was pregnant huh", "your mum was drinking while pregnant, explains a lot",
    "what are you smoking?",
)

TUNE_CLEAN: tuple[str, ...] = (
    # planets
    "what planet is the biggest?", "which planet are we landing on next mission",
    "what planet is closest to the sun", "what planet do they start on in the game",
    "we are on the same planet, calm down",
    # medicine cared about
    "don't forget your meds before bed", "did you remember to take your meds?",
    "i forgot my meds this morning ugh", "i'm off my meds this week, doctor's orders",
    "the doctor wants to up your meds, call her back", "hope your meds kick in soon",
    "never skip your pills, take care", "my mom forgot her medication again",
    # heads, screws, marbles, minds
    "the voices in my head say sleep", "i have a screw loose on my desk chair",
    "the shelf has a screw loose", "my kid lost his marbles under the couch",
    "my mind is gone after this exam week", "he hit me right in the head with the ball",
    "i'm not right in the head today, no sleep",
    "my grandpa needs his head examined after the fall",
    "nobody's home up there at the cabin", "the lights are on in the kitchen",
    "i lost my mind laughing at that clip",
    # pregnancy and mothers
    "my mom never drank while pregnant", "she stopped drinking while pregnant with me",
    "doctors say never drink while pregnant", "my mum was drinking tea while pregnant",
    "what are you doing tonight?", "what are you smoking on the grill",
    "he said you lost your marbles, i don't believe him",
    "nobody thinks you are not right in the head",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit what planet is that in the trailer", "fuck my meds make me sleepy",
    "damn this headache is killing me", "shit, i lost my marbles again in the game lol",
    "that plot twist was fucking crazy", "hell yeah the lights are on finally",
)
