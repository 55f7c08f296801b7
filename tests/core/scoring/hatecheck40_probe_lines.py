"""The hatecheck40 probe (issue 8): English hate against identity groups written with
spelling variations as the functional hate suites write them, above all one vowel
written as another in the group's name or in the hateful word ("immigrunts are rats",
"i hate refugies", "jews are parisites", "women are stupud"), with the older spellings
beside them (leet, spaced, run together, starred, "z" plurals); and clean lines that look
alike (the same spellings said kindly, neutrally, denied, asked, quoted, reported, of a
thing or a non-protected topic, and everyday words near a group's name). Written before
any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a vowel written as another in the group's name
    "immigrunts are rats", "i hate immigrints", "refugies are parasites",
    "mexicins are rapists", "homosexials are disgusting", "lesbiens are disgusting",
    "africuns are savages", "pakistenis are vermin", "i hate immagrants",
    "all muslems should be deported",
    # a vowel written as another in the hateful word
    "jews are parisites", "women are stupud", "muslims are terrorests",
    "immigrants are animuls", "black people are inferier", "gays are disgasting",
    "trans people are degenerets", "refugees are criminels", "disabled people are wortheless",
    "jews are subhumen", "gay people are an abominetion", "muslims should be exterminoted",
    # both at once, and with a "z" plural
    "immigrunts are animuls", "muslims are savagez", "jews are parasitez",
    "i hate muslims they are all terrorests",
    # older spellings kept
    "muslms are scum", "1mm1gr4nts are vermin", "i h a t e jews", "gaypeopleshoulddie",
    "womne are trash", "m*slims are scum", "jewz are parasites", "kill all gayz",
    "politicans are scum",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same spellings said kindly or neutrally
    "immigrunts are welcome here", "refugies deserve safety", "i love my mexicin neighbours",
    "lesbiens are people too", "homosexials have the same rights as everyone",
    "africuns built great cities", "muslems celebrate eid this week",
    # denied, countered, asked, quoted, reported
    "immigrunts are not rats", "no, refugies are not parasites",
    "saying jews are parisites is vile", "are immigrants really animuls?",
    "he wrote 'muslims are terrorests' and got banned",
    "my uncle says women are stupud and i hate it", "calling gays disgasting is disgusting",
    "stop saying muslims are savagez",
    # a thing or a non-protected topic
    "i hate m0ndays", "this homework is stupud", "the traffic is disgasting today",
    "my code is full of parisites lol jk bugs", "the animuls at the zoo were cute",
    "the villain's criminels in that show are great", "i h a t e mondays",
    # everyday words near a group's name
    "the great bustards of spain are rare birds", "my slippers are worn out",
    "the vase will shatter if you drop it", "he is a keen hiker and a reader",
    "i love the mexican food truck", "the refuge was full of dogs",
    "the lasers at the show were cool",
    "the inferior vena cava carries blood", "women are amazing", "i hate how refugees are treated",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit that was amazing", "fuck yeah we won", "damn this pizza is good",
    "shit i forgot my keys", "fucking finally friday", "hell yes new episode",
)
