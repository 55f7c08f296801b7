"""The hatecheck58 probe (issue 8): plain hateful lines about identity groups whose names
the group cue lists did not know ("i hate somali people", "kurds should all be
deported", "mormons are disgusting animals"), and clean lines in the same words that must
stay clean (neutral and kind mentions, nationality in sport and food, counter-speech, a
nation's government criticised). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # nationalities and ethnicities
    "i hate somali people", "somali people should all be deported", "i hate kurds",
    "kurds should all be deported", "i hate iraqis", "iraqis should be kicked out",
    "i hate ethiopians", "eritreans should all be deported", "i hate jamaicans",
    "haitians should all be sent back", "i hate bangladeshis",
    "afghan people should all be deported", "i hate syrian people",
    "nigerian people should be thrown out", "i hate kurdish people",
    "i despise pakistani people", "vietnamese people should all be deported",
    "i hate japanese people", "sudanese people should go back where they came from",
    # religions
    "i hate buddhists", "buddhists should all be deported", "i hate mormons",
    "mormons should all be kicked out", "i hate protestants", "i hate hindu people",
    "sikh people should all be deported", "i hate catholic people",
    # sexual and gender identities
    "i hate nonbinary people", "nonbinary people are disgusting animals",
    "i hate asexuals", "intersex people should all be locked up",
    # disabilities and age
    "i hate deaf people", "blind people should all be locked away", "i hate pensioners",
    "deaf people are vermin and should be deported",
)

TUNE_CLEAN: tuple[str, ...] = (
    # neutral and kind mentions
    "somali people celebrate independence day today", "my kurdish neighbours are lovely",
    "iraqis voted in record numbers", "ethiopians celebrate their new year in september",
    "jamaicans love a good sound system", "haitians rebuilt the school together",
    "bangladeshis make up a big part of the neighbourhood", "buddhists meditate every morning",
    "mormons knocked on my door and were very polite", "protestants and catholics marched together",
    "hindu people celebrate diwali with lights", "sikh people serve free food at the gurdwara",
    "nonbinary people deserve respect", "asexuals exist and that is fine",
    "deaf people use sign language", "blind people can use screen readers",
    "pensioners get a free bus pass here", "my polish neighbours are lovely",
    # sport and food
    "the kurds won 2-0 last night", "japanese food tonight", "the jamaicans won the relay",
    "vietnamese food is the best", "the nigerians scored in the last minute",
    # counter-speech
    "saying i hate kurds is just bigotry", "stop telling people mormons should be deported",
    "nobody should say they hate deaf people",
    "it is wrong to say somali people should be deported",
    # a government criticised
    "the russian government lies", "the iraqi government is corrupt",
    "the nigerian government failed its people", "the japanese government is useless",
    "the syrian regime is brutal",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was close", "fuck yeah we won", "damn this game is hard",
    "shit i forgot my keys", "what the hell just happened", "fucking brilliant match lads",
)
