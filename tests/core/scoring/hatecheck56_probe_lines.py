"""The hatecheck56 probe (issue 8): spelling variations of a group's name or a slur inside
an otherwise plain hateful statement, as functional hate-speech test suites write them:
stretched or doubled letters ("muuslliims are vermin"), phonetic respellings ("mozlems",
"joos", "wimmin", "imigrants"), dropped or swapped letters ("muslmis", "immigarnts"),
spaces or punctuation inside the word ("m u s l i m s", "tr@nnies") and leetspeak
("w0m3n", "1mm1gr4nts"); and the clean lines in the same words that must stay clean
(ordinary words near these spellings, the same variants said neutrally or kindly, and
counter-speech). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # stretched or doubled letters
    "i hate muuslliims", "muusliims should all die", "jeeewwss are disgusting",
    "i hate woomeeen so much", "immiigraants should all die", "trannniess are disgusting",
    "i hate gaaayys", "blaackks should all die", "refuugeees are disgusting",
    "i hate jeewws",
    # phonetic respellings
    "i hate mozlems", "mozlems should all die", "joos are disgusting", "i hate joos",
    "wimmin are disgusting", "i hate wimmin", "blakks should all die",
    "imigrants are disgusting", "i hate gayz", "muzzies should all die",
    "refujees are vermin",
    # dropped or swapped letters
    "i hate muslmis", "immigarnts should all die", "womne are disgusting",
    "i hate imigrnts", "musilms are vermin", "i hate trnasgenders",
    # spaces or punctuation inside the word
    "m u s l i m s are vermin", "i hate j.e.w.s", "tr@nnies should all die",
    "w-o-m-e-n are disgusting",
    # leetspeak
    "w0m3n are disgusting", "1mm1gr4nts should all die", "i hate bl4ck people",
    "mu5l1m5 are vermin",
)

TUNE_CLEAN: tuple[str, ...] = (
    # ordinary words near these spellings
    "my moms are coming to the recital", "tell me your best jokes", "woman-made tools",
    "don't gaze at the sun", "immigration law is complicated", "the blacksmith forged a sword",
    "the goose chased the kids", "i hate mosquitoes so much", "zoos should all close early",
    "the mussels are disgusting tonight", "i hate grammar mistakes",
    "gazebos are disgusting when wet",
    "the boomers should all retire", "blankets are on the bed",
    # the same variants said neutrally or kindly
    "muuuslims celebrate eid this week", "w0m3n deserve respect",
    "joos are my neighbours and friends",
    "mozlems are welcome here", "imigrants built this town", "i love my gayz",
    "wimmin rock", "1mm1gr4nts make great neighbours", "jeeews are lovely people",
    "bl4ck people deserve equal rights",
    # counter-speech and reported speech
    "saying muuslliims are vermin is disgusting", "calling them mozlems is racist",
    "people who write joos are disgusting bigots", "don't say w0m3n are disgusting, that's vile",
    "he wrote 'immiigraants should all die' and got banned", "it is wrong to hate imigrants",
    "nobody should say tr@nnies, it's a slur", "i would never say muslmis are vermin",
)

TUNE_SWEARING: tuple[str, ...] = (
    "fuuuck yes we won", "holy shiiit that was close", "daaamn this pizza is good",
    "what the fuk, that goal was insane", "sh1t, i forgot my keys", "f u c k, that was amazing",
)
