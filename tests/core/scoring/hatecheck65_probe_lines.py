"""The hatecheck65 probe (issue 8): a protected group said to be of no use or worth to
anyone, in plain words ("disabled people are no use to anyone", "women are of no use",
"muslims serve no purpose", "immigrants add nothing to this country", "trans people have
nothing to offer"); and the clean lines in the same words that must stay clean (things
and people who are no group, "it's no use" as an exclamation, positive mentions,
negations, questions, counter-speech and reports). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # are (of) no use
    "disabled people are no use to anyone", "women are of no use to anyone",
    "immigrants are no use to this country", "muslims are of no use to society",
    "trans people are no use to anybody", "jews are of no use whatsoever",
    "gay people are no use at all", "black people are of no use to us",
    "a woman is no use to anyone", "honestly, immigrants are no use",
    "let's face it, disabled people are of no use",
    # of no value / benefit
    "immigrants are of no value to this country", "muslims are of no benefit to anyone",
    "women are of no value outside the kitchen", "trans people are of no value to society",
    # serve no purpose
    "jews serve no purpose", "women serve no useful purpose",
    "disabled people serve no purpose in society", "gays serve no purpose at all",
    "black people serve no real purpose", "muslims serve no purpose in this country",
    # add / offer / bring nothing
    "immigrants add nothing to this country", "black people add nothing of value",
    "gay people offer nothing to society", "muslims bring nothing of value",
    "trans people add nothing to the world", "women offer nothing of value",
    "jews add nothing to society", "disabled people bring nothing to the table",
    # have nothing to offer
    "trans people have nothing to offer", "immigrants have nothing to offer us",
    "women have nothing to offer society", "muslims have nothing to offer the west",
    "black people have nothing to offer anyone", "disabled people have nothing to offer",
)

TUNE_CLEAN: tuple[str, ...] = (
    # things and people who are no group
    "this old phone is no use to anyone", "my umbrella was of no use in that wind",
    "my brother is no use in the kitchen", "the map was of no value to us",
    "that meeting served no purpose", "the referee served no useful purpose today",
    "salt adds nothing to this soup", "the new patch adds nothing of value",
    "this course has nothing to offer beginners", "my ex had nothing to offer me",
    # "it's no use" as an exclamation, a group after it
    "it's no use, women will never get equal pay at this rate",
    "no use arguing, immigrants are here to stay",
    "complaining is of no use, disabled people need real ramps",
    # positive mentions in the same words
    "immigrants have so much to offer", "women add so much to this team",
    "disabled people bring a lot to the table", "muslims offer nothing but kindness to me",
    "trans people have plenty to offer", "jews add a lot to this city's culture",
    "black people serve in every branch of the army",
    # negations and questions
    "gay people are not of no use, they are our friends",
    "nobody thinks muslims serve no purpose", "who says trans people have nothing to offer?",
    "do immigrants add nothing? no, they add a lot",
    # counter-speech and reports
    "saying disabled people are no use to anyone is vile",
    "he said muslims serve no purpose, and i reported him",
    "the claim that women have nothing to offer is sexist rubbish",
    "stop saying immigrants add nothing to this country",
    "i'm sick of hearing that black people bring nothing of value",
    "my grandad thinks gay people are of no use, he is wrong",
    "the post said jews serve no purpose, it was deleted",
    "it is hateful to claim trans people have nothing to offer",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuck yeah, pay day", "shit, i forgot my keys", "holy shit that goal",
    "damn this pizza is good", "this song is fucking brilliant", "oh fuck, it's monday again",
)
