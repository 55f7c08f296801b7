"""The hatecheck47 probe (issue 8): implicit derogation of a named group as a functional
hate-speech suite writes it and the scorer missed: a group reduced to one use "and nothing
else" ("women are good for sex and nothing else"), said to be present only for a use or a
harm ("women are only here to make sandwiches", "refugees are only here for the
benefits"), and told to stick to housework ("women should stick to the kitchen"); the
clean lines in the same words that must stay clean (neutral and positive mentions, tools
and the writer's own habits, counter-speech, questions, reported speech, non-protected
targets). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # reduced to one use "and nothing else"
    "women are good for sex and nothing else", "women are good for cooking and nothing more",
    "immigrants are good for cleaning toilets and nothing else",
    "black people are good for picking cotton and nothing else",
    "women are useful for breeding and nothing else",
    "trans people are good for a laugh and nothing more",
    "refugees are good for cheap labour and nothing else",
    "honestly women are good for housework and little else",
    "disabled people are good for sympathy points and nothing else",
    "gay people are fit for entertainment and nothing more",
    "women are good for making babies and not much else",
    "muslims are good for making kebabs and nothing else",
    # present only for a use or a harm
    "women are only here to make sandwiches", "women are only here to cook for us",
    "muslims are only here to spread sharia", "refugees are only here for the benefits",
    "women are just here to look pretty", "immigrants are only here to leech off us",
    "jews are only here to take our money", "women are here only to please men",
    "refugees are only here to rape our women", "black people are only here to sell drugs",
    "trans people are only here to groom kids", "immigrants are only here for the handouts",
    "women are merely here to serve men", "gay people are only here to push their agenda",
    "women are here to serve men", "disabled people are only here to drain our taxes",
    # told to stick to housework
    "women should stick to the kitchen", "women should stick to cooking and cleaning",
    "women should stick to making babies", "women should just stick to housework",
    "women need to stick to the kitchen", "girls should stick to doing the dishes",
    "women should stick to raising kids and keep quiet",
)

TUNE_CLEAN: tuple[str, ...] = (
    # tools, things and the writer's own habits in the same words
    "this knife is good for bread and nothing else",
    "this old laptop is good for email and nothing more",
    "i am good for one beer and nothing more tonight",
    "my phone is useful for calls and little else",
    "we are only here to play a few games", "i am only here for the free pizza",
    "i should stick to cooking, my painting is awful", "you should stick to the main road",
    # neutral and positive mentions of the groups
    "women are good for the economy", "immigrants are here to build a better life",
    "refugees are only here for a week before they move on", "women are here to stay",
    "muslims are here to pray, the mosque opens at six",
    "the women are just here to watch the match",
    "trans people should stick to their doctor's advice",
    "women should stick to their guns in negotiations",
    "gay people are good for business and the city knows it", "black people are here to vote today",
    "disabled people are only here for the accessible entrance",
    "the jewish volunteers are only here to help",
    # counter-speech, questions, reported speech, denial
    "saying women are good for sex and nothing else is disgusting",
    "who says women are only here to make sandwiches?",
    "women are not just here to make sandwiches",
    "stop telling women they should stick to the kitchen",
    "my uncle said refugees are only here for the benefits, which is a racist lie",
    "nobody thinks muslims are only here to spread sharia",
    "are immigrants only here to leech off us? of course not",
    "it's sexist to say women should stick to cooking and cleaning",
    "\"women are good for cooking and nothing more\" is the kind of post we ban",
    # non-protected targets
    "this team is good for one win and nothing more",
    "the interns are only here for the free lunch",
    "the new guy should stick to the kitchen, he cooks great",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this pizza is good and nothing else matters",
    "damn i'm only here to fucking relax",
    "fuck yeah we should stick to this plan",
    "shit, this game is good for a laugh and nothing more lol",
    "hell yeah i'm just here for the damn snacks",
    "what the fuck, i'm good for one more round",
)
