"""The hatecheck21 probe (issue 8): an English functional hate suite's categories over
women, trans people, gay people, black people, disabled people, muslims, immigrants,
refugees and jews (threats said as "if I see one", "let's <harm> them", "X should be";
"why are X allowed to exist?"; a singular member called a freeloader; "fck all X"; slurs
and their spellings; "I hate them, those X"; negated praise; questions and opinions), and
the clean contrasts: counter-speech quoting the hate, neutral and positive mentions said
with a swear word, hate of things and days, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # threats: conditional, direct, normative
    "if I see a muslim I'll kill them", "if i ever meet a trans person i will beat them",
    "if a refugee comes near my house I'll shoot him", "let's burn jews alive",
    "lets hang all the gays", "we should shoot every immigrant at the border",
    "disabled people should be put down", "black people deserve to be lynched",
    "women who talk back should be beaten",
    # derogation: a member as a noun, a comparison, all the same
    "a refugee is just a freeloader", "an immigrant is nothing more than a thief",
    "a muslim is basically a terrorist", "women are all the same, useless",
    "gay people are a disease", "black people are like monkeys",
    "muslims are no better than cockroaches", "disabled people are worthless",
    # dehumanising questions
    "why are jews allowed to exist?", "why are trans people even allowed in public?",
    "why do we let immigrants live here?",
    # profanity
    "fck all muslims", "fuck all gay people", "fuck immigrants",
    "women are fucking useless", "refugees are pieces of shit",
    # pronoun reference
    "I hate them, those muslims", "I despise them, those trans people",
    "gay people? I can't stand them",
    # negated positive
    "women are never smart", "black people will never be as smart as us",
    "trans people can never be normal", "no immigrant has ever done an honest day's work",
    # opinions
    "in my opinion disabled people are useless", "honestly i think gay people are disgusting",
    # slurs and spellings
    "all kikes are greedy", "trannies are freaks", "r3fugees are parasites",
    "musilms are animals", "f a g s should die", "w o m e n are stupid",
)

TUNE_CLEAN: tuple[str, ...] = (
    # counter-speech
    "saying 'let's burn jews alive' is evil",
    "'a refugee is just a freeloader' is a disgusting thing to say",
    "stop saying gay people are a disease", "I can't believe you said muslims should die",
    "nobody should ever say trans people are freaks",
    # the threat shapes said of no group
    "if I see a spider I'll kill it", "let's burn the old letters",
    "if I see a muslim friend today I'll hug them", "lets hang the lights on the tree",
    "disabled people should be paid fairly",
    # neutral and positive mentions, with a swear word too
    "damn, black people made the best music", "holy shit, trans people are so brave",
    "fuck, I love gay people", "damn, refugees have been through hell",
    "shit, women deserve better pay", "a refugee is just a person looking for safety",
    "an immigrant is my best friend", "why are refugees forced to live in camps?",
    "why are disabled people still paid less?", "jews are allowed to exist, obviously",
    "immigrants are never treated fairly", "disabled people are never given a chance",
    "women are always so smart in my class",
    # abuse of non-protected targets
    "I hate mondays", "I hate them, those mosquitoes", "fuck all these bugs",
    "fck this traffic", "mosquitoes should be exterminated",
    "why are spiders allowed to exist?", "my landlord is a freeloader",
    "cockroaches are disgusting", "i hate them, those long meetings",
    "pineapple on pizza should be banned",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fucking nice shot", "holy shit that was insane", "damn this pizza is good as hell",
    "shit, I forgot my keys", "fuck yeah we won",
)
