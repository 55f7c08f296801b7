"""The hatecheck33 probe (issue 8): functional hate-speech lines about named identity
groups in the round's two shapes (derogation with an unusual judging word: "immigrants
are feckless", "jews are conniving", "women are gormless"; a group called a burden with
a quantifier between, said outright or of "they" after the group: "immigrants are all a
burden", "I have a disabled cousin, they are all a burden") and clean look-alikes (the
same words at no one, at oneself, at a thing, at non-protected targets, denied, asked,
reported, kind). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # derogation with an unusual judging word
    "immigrants are feckless", "women are so shiftless", "jews are conniving",
    "women are gormless", "muslims are uncouth", "black people are slovenly",
    "women are insipid", "refugees are boorish", "gay people are craven",
    "immigrants are totally feckless", "trans people are loutish", "muslims are venal",
    "jews are duplicitous", "disabled people are witless", "black people are oafish",
    "refugees are grubby", "all immigrants are shiftless",
    "I met some refugees today. They are so uncouth.",
    # a burden, with a quantifier or an adverb between
    "immigrants are all a burden", "disabled people are all just a burden",
    "I have a disabled cousin, they are all a burden", "refugees are just a burden",
    "women are nothing but a burden", "trans people are all a burden",
    "we took in some refugees. they are all a burden.", "muslims are all a burden here",
    "the disabled are all a burden", "gay people are just a burden on us",
    "I know a few immigrants, they are just a burden", "black people are all a burden",
    "jews are nothing but a burden", "disabled people are simply a burden",
    "immigrants are all just a burden", "refugees are really just a burden",
    "my neighbours are muslims. they are all a burden",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words at no one, oneself, a thing, non-protected targets
    "my dog is feckless", "politicians are feckless", "i feel so shiftless today",
    "my boss is conniving", "the plot is insipid", "the food was insipid",
    "landlords are conniving", "that referee was craven", "my flat is grubby",
    "i was so gormless this morning",
    # denied, asked, reported, kind
    "immigrants are not feckless", "jews are not conniving, that is a lie",
    "are women gormless? of course not", "saying muslims are uncouth is racist",
    "he said refugees are boorish and he got banned", "immigrants are hardworking",
    "women are brilliant", "disabled people are not a burden",
    # a burden at no group
    "these bills are all a burden", "we are all a burden to someone sometimes",
    "i feel like i'm just a burden", "my chores are just a burden",
    "the taxes are all a burden", "the exams are nothing but a burden",
    "disabled people are never just a burden", "who says refugees are all a burden?",
    "saying immigrants are all a burden is cruel", "my cousin is disabled and she is wonderful",
    "the new rules are all a burden on small shops", "refugees are all welcome here",
    "these forms are simply a burden", "old laptops are just a burden to carry",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was a good match", "fuck yeah the weekend is here",
    "damn this coffee is strong", "shit i forgot my keys again lol",
    "hell yes we got the tickets", "fucking brilliant concert last night",
)
