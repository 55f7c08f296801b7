"""The insults23 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "ban all arabs", "we should ban all muslims from flying", "deport every mexican you see",
    "kick out all the immigrants", "throw out every refugee family", "ban every jew from office",
    "deport all the illegals tomorrow", "ban all gays from the army", "keep out all muslims",
    "ban all of them, the somalis are ruining this city", "deport all those people, the arabs",
    "kick out every black family on the block", "ban all trans people from sports",
    "throw out all the gypsies", "we must ban all refugees and their families",
    "ban all indians from our neighbourhood", "deport every single muslim",
    "kick out all the gays from the team", "ban every immigrant kid from our school",
    "deport all jews and muslims",
    "arabs are animals", "the mexicans are wild animals", "muslims are dirty animals",
    "these refugees are nothing but animals", "immigrants live like animals",
    "blacks are animals", "gays and other animals", "jews, rats and other animals",
    "the somalis act like animals", "africans are savage animals", "you are a filthy animal",
    "you people are nothing but animals", "indians eat like animals",
    "women are stupid animals", "muslims breed like animals",
    "those gypsies are animals", "immigrants and other animals should leave",
    "refugees are animals, all of them", "you animal", "trannies are sick animals",
)

HELD_CLEAN: tuple[str, ...] = (
    "the mayor wants to ban all fireworks, the muslim community supports it",
    "they would ban all insurance companies from selling plans to immigrants",
    "ban all cars downtown, the chinese tourists would love it",
    "the school plans to ban all smartphones, even for the black students",
    "they tried to ban every song about gay love",
    "kick out all the old boxes before the refugees arrive",
    "we should ban all single use plastics, said the jewish mayor",
    "the state will ban all vaping products, mexican shops included",
    "ban every billboard on the highway, the arab owners agreed",
    "throw out all the expired food before the immigrants visit",
    "the law would ban all sugary drinks, gay bars too",
    "they plan to ban all loud music after ten, muslim neighbours complained",
    "i would ban all homework for kids, black or white",
    "the bill will ban all private prisons that hold immigrants",
    "the club voted to ban all dogs, the gay couple next door was upset",
    "they want to ban all leaf blowers, the mexican gardeners hate that",
    "ban all the loud motorbikes, the jewish quarter is so quiet without them",
    "throw out every broken chair, the refugees need the space",
    "deport all the old laws on immigrants to the archive",
    "they should ban all junk food ads, women and kids see them all day",
    "the earthquake killed men, women and animals",
    "the tsunami swept away women, children and animals",
    "the vet treats men, women and their animals",
    "the war left men, women and animals starving",
    "the law protects any man, woman, child or animal from cruelty",
    "women, kids and animals got out of the fire",
    "the hurricane hurt men and women and animals",
    "every man, woman, child and animal deserves clean water",
    "the smoke choked men, women and animals for miles",
    "the famine took men, women and animals",
    "the rescue team saved women, children and animals",
    "the wildfire burned homes, and men, women and animals ran",
    "the plague killed men, women, children and animals",
    "the book is about men, women and animals in the wild",
    "the movie shows men, women and animals living together",
    "the flood left men, women and animals homeless",
    "the museum has statues of men, women and animals",
    "the heat is dangerous for old men, women and animals",
    "this cure helps men, women and animals",
    "the camp feeds women, children and animals every day",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy shit the zoo animals are so cute", "damn this phone ban sucks lol",
    "fuck yes the parade was amazing", "shit i left the dog food at home",
    "hell yeah fireworks tonight", "this damn printer again lmao",
)
