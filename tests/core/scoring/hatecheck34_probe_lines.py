"""The hatecheck34 probe (issue 8): functional hate-speech lines that equate a named
group with a lower kind of person without "are" ("another muslim, another terrorist",
"one more immigrant, one more criminal") and clean lines that look alike (the same words
at no one, a non-protected target, denied, asked, reported, quoted, counter-speech).
Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # another GROUP, another LOWER
    "another muslim, another terrorist", "Another Muslim, another terrorist.",
    "another immigrant, another criminal", "another refugee, another rapist",
    "another migrant, another thief", "another jew, another thief",
    "another black guy, another criminal", "another mexican, another criminal",
    "another muslim another terrorist", "another illegal, another criminal",
    "another refugee another rapist lol", "another immigrant, another rapist",
    "honestly another muslim, another terrorist", "another gypsy, another thief",
    "another muslim, another terrorist. simple as that",
    "we let them in and guess what, another muslim, another terrorist",
    "another arab, another terrorist", "another asylum seeker, another criminal",
    "another foreigner, another criminal", "another migrant, another rapist",
    "another muslim, another bomber", "another african, another criminal",
    "another romanian, another thief", "another syrian, another terrorist",
    "another pakistani, another rapist",
    # one more GROUP, one more LOWER
    "one more muslim, one more terrorist", "one more immigrant, one more criminal",
    "one more refugee, one more rapist", "one more jew, one more thief",
    "one more migrant one more criminal",
    # means / equals
    "another muslim means another terrorist", "another immigrant means another criminal",
    "more muslims, more terrorists", "more immigrants, more criminals",
    "more refugees means more rapists",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no protected group
    "another day, another dollar", "another politician, another thief",
    "another banker, another thief", "another month, another criminal charge",
    "another week, another terrorist attack on the news",
    "another cop, another criminal", "another ceo, another crook",
    "more politicians, more criminals",
    # a group, but no lower kind
    "another muslim, another friend", "another immigrant, another neighbour",
    "another refugee, another success story", "one more immigrant, one more doctor",
    "more immigrants, more taxpayers",
    # denied, countered
    "another muslim doesn't mean another terrorist",
    "it's a lie that another muslim means another terrorist",
    "another immigrant is not another criminal",
    "no, another refugee does not mean another rapist",
    # asked
    "another muslim, another terrorist? really?",
    "does another immigrant mean another criminal?",
    # reported and quoted
    "he said another muslim, another terrorist and got banned",
    "people who say 'another muslim, another terrorist' are bigots",
    "\"another immigrant, another criminal\" is a racist slogan",
    "stop saying another refugee, another rapist",
    "my uncle keeps saying another migrant, another thief",
    # the lower kind at a person or in the news
    "another terrorist was arrested today", "police caught another criminal",
    "another rapist got a light sentence", "the muslim doctor caught another thief",
    "another muslim was killed by a terrorist",
    "another immigrant was the victim of a criminal gang",
    "I met another muslim at work today", "another jew joined our book club",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shit another win, another trophy", "fuck yeah another day off",
    "damn another shift, another dollar lol", "shit, one more level to go",
    "another fucking monday, another coffee", "hell yeah more pizza more fun",
)
