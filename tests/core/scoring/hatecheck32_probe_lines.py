"""The hatecheck32 probe (issue 8): HateCheck-style lines in the round's shapes (a group
named in one sentence and attacked with "they"/"them"/"those people" in the next; a
positive attribute denied to a group) and clean look-alikes: the same pronouns at things
or non-protected groups, kind pronoun reference, counter-speech and reporting, negated
negatives, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # pronoun reference: the group named, the attack in the next sentence
    "I met some immigrants yesterday. They are all criminals.",
    "muslims? send them all back",
    "jews... they control everything",
    "I have a disabled cousin, they are all a burden",
    "There are a lot of trans people in my area. They are all freaks.",
    "Gay people moved in next door. They disgust me.",
    "I saw some black people at the mall. They are all thugs.",
    "women. they are all worthless",
    "Immigrants keep arriving. We should deport them all.",
    "My neighbours are muslims. I hate them.",
    "jews again. those people are parasites",
    "disabled people everywhere. they should be locked away",
    "We have new trans coworkers. They make me sick.",
    "Black people? I can't stand them.",
    "immigrants are here now. kill them all",
    "Women are in the office now. They are so stupid.",
    "gay men in my class. they are vile",
    "Saw a muslim family today. They are animals.",
    # negated positives: a good attribute denied to a group
    "women are not capable of leading",
    "trans people will never be real women",
    "black people can't be trusted with anything",
    "gay people are not normal",
    "immigrants are not welcome here",
    "muslims can never be trusted",
    "disabled people are not real people",
    "jews are not human",
    "women are not smart enough to vote",
    "trans women are not real women",
    "black people are not intelligent",
    "gay people will never be normal",
    "immigrants will never be one of us",
    "disabled people are not worth the money",
    "muslims are not civilised",
    "women cannot think for themselves",
    "jews can't be trusted",
    "trans people are not valid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same pronouns at things or non-protected groups
    "I bought new shoes. they are all trash",
    "the refs? send them all home",
    "these tomatoes... they taste like nothing",
    "I have three cats, they are all a handful",
    "Politicians again. They are all liars.",
    "the new phones came out. they are garbage",
    "My exams are next week. I hate them.",
    "the bugs in this game? kill them all",
    # kind pronoun reference
    "I met some immigrants yesterday. they were lovely",
    "Gay people moved in next door. They are really nice.",
    "I have a disabled cousin, they are amazing",
    "muslims? I love them",
    "jews in my town. they run a great bakery",
    "Women are in the office now. They are brilliant.",
    "trans people in my class. they are so kind",
    # counter-speech and reporting
    "people say they are all criminals, which is a lie",
    "saying immigrants are not welcome here is hateful",
    "stop saying gay people are not normal",
    "he claimed black people can't be trusted, which is racist",
    "It is wrong to say trans women are not real women.",
    "I hate when people say women are not capable of leading",
    # negated negatives and positives
    "women are not weak",
    "immigrants are not criminals",
    "gay people are not a threat",
    "black people are not dangerous",
    "muslims are not terrorists",
    "disabled people are not a burden",
    "jews are not evil",
    "trans people are not confused",
    "women are capable of leading",
    "gay people are normal",
    "immigrants are welcome here",
    # negated positives at things or non-groups
    "this game is not capable of running on my pc",
    "my car is not normal",
    "the wifi can't be trusted",
    "this soup is not edible",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was amazing", "fuck yeah we did it", "damn this is good",
    "this is fucking great", "shit i missed the bus",
)
