"""The hatecheck39 probe (issue 8): hate against a named identity group with no insult
word (a habit pinned on the group with a bare verb: "muslims always whine", "immigrants
always play the victim", "disabled people are always asking for handouts"; othering:
"black people aren't like us", "they will never be one of us, these immigrants"; the
group used as the insult: "such a muslim thing to do") and clean lines that look alike
(non-protected groups and roles, neutral or kind habits, counter-speech, denial,
questions, reported speech, the writer's own group). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a habit pinned on a group with a bare verb
    "muslims always whine", "immigrants always play the victim",
    "disabled people are always asking for handouts", "black people always make excuses",
    "refugees always ask for handouts", "women always play the victim card",
    "jews always play the victim", "immigrants always cry racism",
    "disabled people always want special treatment", "gay people always want special treatment",
    "refugees are always demanding more", "trans people always want attention",
    "black people always play the race card", "muslims always get offended",
    "women always overreact", "immigrants always cause problems",
    "black people are always making excuses", "muslims are constantly playing the victim",
    "refugees always have their hands out", "trans people always make everything about themselves",
    "gay people always start drama", "immigrants always expect handouts",
    "women are always exaggerating",
    # othering
    "black people aren't like us", "muslims are not like us",
    "they will never be one of us, these immigrants", "jews are nothing like us",
    "refugees will never be like us",
    # the group used as the insult
    "such a muslim thing to do", "such a black thing to say", "that's such a woman thing to do",
    "what a jew thing to do", "typical muslim behaviour honestly", "so typical of a jew",
    "such a trans thing to say",
)

TUNE_CLEAN: tuple[str, ...] = (
    # non-protected groups and roles
    "politicians always whine", "my kids always play the victim",
    "referees are never like us", "landlords always ask for handouts",
    "my boss always makes excuses", "cats always want attention",
    "toddlers always overreact", "such a dad thing to do",
    "such a gamer thing to say", "typical monday behaviour",
    # neutral or kind habits
    "muslims always fast during ramadan", "immigrants always send money home",
    "disabled people always find a way", "black people always show up for each other",
    # counter-speech and denial
    "it's a stereotype that muslims always whine",
    "saying immigrants always play the victim is racist",
    "disabled people are not always asking for handouts",
    "refugees don't always ask for handouts, that's a myth",
    "stop saying women always overreact",
    # questions and reported speech
    "do immigrants always cry racism?", "why do people think muslims always get offended?",
    "my uncle says black people always make excuses, smh",
    "he said refugees always want special treatment",
    # the writer's own group
    "we muslims always overthink lol", "we women always overreact, i know",
    "as a disabled person i always ask for help when i need it",
    # kind or neutral lines with the same words
    "muslims are just like us", "immigrants are one of us now",
    "such a kind thing to do", "that's such a mom thing to say",
    "my muslim friend always makes excuses to skip gym lol",
    "jews and muslims are more alike than people think",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this update is fire", "damn that was a fucking good match",
    "lmao what the hell just happened", "this song slaps so fucking hard",
    "shit i forgot my charger again", "fuck yeah we won",
)
# fmt: on
