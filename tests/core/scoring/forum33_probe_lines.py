"""The forum33 probe lines (issue 8): forum and social posts that derogate an identity
group with no slur and no insult word, in the shapes HateXplain and Gab hold and the
older rules missed: a group cast as sexual predators ("raped by muslims", "migrant rape
gangs", "refugees rape our women") and a group cast as the hidden rulers of the world
("jews run the world", "the jews took over our country"); clean lines in the same words
(crimes by no group, groups as victims, facts, counter-speech, reported claims) and
friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group cast as sexual predators
    "how many more girls have to be raped by muslims before anyone acts",
    "our daughters are being raped by migrants every single day",
    "another teenager raped by a refugee and the media says nothing",
    "the muslim rape gangs are still operating in every northern town",
    "migrant rape is the new normal in sweden",
    "refugees rape our women and the government pays their rent",
    "muslims rape children and call it their religion",
    "these african migrants are raping women in the parks",
    "pakistani grooming gangs have ruined thousands of lives",
    "immigrants come here to rape and steal",
    "she got gang raped by somalis and the police covered it up",
    "wake up people, the arabs are raping european girls",
    "more white kids raped and murdered by blacks this week",
    "islam gives muslim men the right to rape",
    "illegals raping our kids while the left looks away",
    "the refugees raped another girl in the town square",
    "every week another child raped by a muslim grooming gang",
    "mexican illegals rape and kill americans every day",
    # a group cast as the hidden rulers
    "jews run the world and you all know it",
    "the jews took over our country decades ago",
    "the jews are behind everything wrong with the west",
    "muslims are taking over the country one town at a time",
    "the jews rule the world through the banks",
    "jews run hollywood and the news",
    "the jews took over the media long ago",
    "it is the jews who run this country not the voters",
    "jews are behind all the wars",
    "jews control what you see and hear",
    "the jews run the government and the banks",
    "muslims have already taken over london",
    "the jews took over the banks and the press",
    "jews secretly run the world",
    "the zionist jews rule our nation",
    "jews are behind the whole immigration scam",
    "the jews run everything in this country",
)

TUNE_CLEAN: tuple[str, ...] = (
    # crimes with no group cast, groups as victims, facts
    "she was raped by her stepfather for years",
    "he was raped by a stranger on the way home",
    "the rape of muslim women in bosnia was a war crime",
    "jewish women raped in the camps finally got a memorial",
    "refugees fleeing rape and war deserve protection",
    "the grooming gang trial begins on monday",
    "muslims are the second largest religion in europe",
    "many migrants were raped on the route through libya",
    "rape is a crime no matter who commits it",
    "the survivors of rape need support, not politics",
    "she reported being raped to the police yesterday",
    "a rape crisis centre opened in our town",
    # counter-speech and reported claims
    "the lie that muslims rape women is pure racism",
    "people who say refugees rape women are bigots",
    "it is a myth that migrants are raping women",
    "not true that immigrants rape more than anyone else",
    "the claim that jews run the world is an old antisemitic lie",
    "saying jews control what you see is a conspiracy theory",
    "stop spreading the lie that the jews are behind everything",
    "he thinks the jews run the world, what a nutcase",
    # the same verbs with no group ruling anything
    "girls run the world, beyonce said it best",
    "my jewish neighbours run the bakery on our street",
    "immigrants run most of the corner shops here",
    "muslims run the food bank every friday",
    "the jews took over the back room for the seder",
    "the muslim students are behind the charity drive",
    "jews are behind many great scientific discoveries",
    "the mexicans took over the kitchen and made tacos",
    "who runs the world? the algorithm does",
    "muslims have taken over the organising of the fair",
    "these people helped me move last weekend",
    "the jews in my town run a great summer camp",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit this thread is long", "damn that was a good read",
    "fuck yeah the forum is back up", "shit, forgot my password again",
    "hell of a post mate", "what the fuck, the server died again",
)
