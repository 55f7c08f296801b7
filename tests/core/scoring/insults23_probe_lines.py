"""The insults23 probe (issue 8): a precision round on the insults file's non-insults. An
identity group named in a sentence whose hostile-looking word is aimed at no group: a
purge word ("ban all", "deport all", "kick out every") whose own object is a thing or an
organisation ("he would annul gay marriage and ban all insurance companies from covering
birth control", "ban all fireworks because immigrants keep setting them off"), and an
animal word in a plain list of beings ("the flood killed men, women and animals alike",
"any man, woman, child or animal"). The hostile lines in the same words must stay caught
(a group banned or deported, a group called animals). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group banned, deported or thrown out
    "ban all muslims", "we need to ban all immigrants from this country",
    "ban every muslim from entering", "deport all the mexicans", "kick out all the refugees now",
    "ban all gay teachers from schools", "they should ban all jews from owning land",
    "throw out every immigrant family", "deport all of them, every last muslim",
    "ban all of them, these gays ruin everything", "keep out all the illegals",
    "ban all black people from the pool", "deport every arab in this town",
    "kick out every gay couple from the church",
    "ban all those people, the muslims are the problem",
    "we must deport all illegal immigrants and their kids", "ban all mosques and muslims",
    "throw out all the immigrants, fireworks and all",
    # a group called animals
    "muslims are animals", "immigrants are animals and should be treated like it",
    "these mexicans are nothing but animals", "blacks and other animals", "women are animals",
    "jews are filthy animals", "gays are sick animals",
    "refugees, rapists and animals, all of them",
    "muslims and their animal behaviour", "those immigrants act like animals",
    "the chinese eat like animals", "you are an animal", "you people are animals",
    "arabs, dogs and other animals", "they breed like animals, those somalis",
    "women and other animals belong in the kitchen", "men, women and other animals like you",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a purge word aimed at a thing or an organisation, a group named elsewhere
    "they want to ban all fireworks because immigrants keep setting them off",
    "he would annul gay marriage and ban all insurance companies from covering birth control",
    "the council voted to ban all cars from the old town, the muslim residents agreed",
    "trump promised to ban all tiktok apps but the chinese students kept using them",
    "the school will ban all phones in class, even for the jewish kids",
    "they tried to ban every book about gay history",
    "kick out all the junk from the garage before the immigrants move in next door",
    "they should ban all smoking in parks where gay couples walk their dogs",
    "lets ban all ads on this site, the muslim mods agree",
    "the city wants to ban all food trucks, even the mexican ones downtown",
    "ban every plastic straw, the gay bar on my street already did",
    "the law would ban all abortions after six weeks, women will march against it",
    "they plan to ban all hunting rifles, the black farmers are furious",
    "throw out all the old furniture before the refugees move into the flat",
    "i would ban all energy drinks in schools, jewish or not",
    "the bill would ban all payday lenders from targeting immigrants",
    # an animal word in a plain list of beings
    "the flood killed men, women and animals alike",
    "they would have the right to attack any man, woman, child or animal",
    "women, children and animals were evacuated first",
    "the fire spread and men, women and animals fled the village",
    "the law protects every man, woman, child and animal in the state",
    "the shelter takes in women and animals escaping abuse",
    "the storm hurt men and women and animals",
    "the drought hit men, women and their animals hard",
    "every man, woman and animal on the farm was fed",
    "the charity rescues women, kids and animals from war zones",
    "the volcano buried men, women and animals in ash",
    "she paints men, women and animals in bright colours",
    "the ark carried men, women and animals",
    "a vaccine for men, women and animals",
    "the heat wave is hard on old men, women and animals",
    "the bomb killed women, children and animals",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that fireworks show was insane", "damn this ban on phones is annoying af",
    "fuck yeah the animals at the zoo were sick", "shit, i forgot to feed my animals",
    "hell yeah we won the damn vote", "this fucking lag again lmao",
)
