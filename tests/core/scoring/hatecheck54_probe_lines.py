"""The hatecheck54 probe (issue 8): calls for a named group to vanish or die ("muslims
should all rot", "immigrants must all go", "it would be great if all refugees died") and
threats against a group ("we are coming for the gays", "trans people will pay for this"),
across groups; and the same verbs said of things or of groups no one is protected as
(leftovers, old files, nazis), counter-speech, questions, reported speech and negation
that must stay clean. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group + modal + "all" + a verb of vanishing
    "women should all rot", "jews must all disappear", "gay people should all vanish",
    "black people should all just die", "refugees must all leave",
    "trans people should all go away",
    "disabled people should all be gone", "muslims need to all go", "immigrants should all perish",
    "the jews can all rot", "every immigrant should leave", "all refugees must go",
    # "it would be great / better if all X died / left"
    "it would be great if all muslims died", "it would be better if all women disappeared",
    "the world would be better if all trans people vanished", "it'd be nice if every jew left",
    "it would be so good if all the gays died out",
    "things would be better if disabled people just died",
    # the writer coming for / hunting a group
    "we are coming for the muslims", "we're coming for you, immigrants",
    "we will hunt down every refugee",
    "we are going to hunt the jews", "i'm coming for every trans person",
    "soon we come for the blacks",
    "track down the refugees and finish them", "round up the gays and get rid of them",
    # threats
    "women will pay for this, mark my words", "black people will regret this, i swear",
    "muslims are going to pay for what they did", "put every immigrant in the ground",
    "every disabled person deserves to be put down",
    "the refugees will all be gone soon, we'll see to it",
    "make the gays wish they had never been born", "jews, your days are numbered",
    "trans people better watch their backs",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same verbs about things
    "these leftovers should all go", "the old files must all disappear",
    "those weeds should all die",
    "the flowers will all rot if you leave them", "it would be great if all the snow melted",
    "it would be better if all the bugs were fixed", "we are coming for the title",
    "we will hunt down every bug", "the old laws must all go", "these tabs should all be gone",
    # groups no one is protected as
    "nazis should all rot in jail", "it would be great if all the spammers left",
    "we're coming for you, mosquitoes",
    # counter-speech, questions, reported speech, negation
    "saying muslims should all rot is disgusting", "no one should say that immigrants must all go",
    "he actually said refugees should all leave, i reported him",
    "i don't think women should all stay home, that's absurd",
    "nobody wants trans people to disappear", "why do people say jews should all vanish?",
    "it would be great if all refugees felt welcome",
    "it would be better if all women were paid fairly",
    "we are coming for the muslims' iftar dinner tonight",
    "immigrants will pay less tax under the new plan", "black people will vote in record numbers",
    "gay people should all be able to marry", "disabled people should all have ramps",
    "all immigrants must go through customs", "refugees must all register at the desk",
    "we should all go to the pride parade", "the jews i know will all come to the wedding",
    "trans people are not going anywhere and neither are we",
    "you can't just tell muslims to all leave the country",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit we all have to go now", "fuck it, let's all leave early",
    "damn this pizza is going to die in my hands", "this song slaps so fucking hard",
    "shit, i'm coming for that high score", "hell yeah we're all going to the beach",
)
