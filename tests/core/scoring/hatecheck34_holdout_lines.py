"""The hatecheck34 held-back lines (issue 8): the probe's shapes in other wording
(a named group equated with a lower kind of person without "are") and their clean
look-alikes. Written with the probe before any rule; counted only at the start and
the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "another muslim, another jihadist", "another immigrant, another thug",
    "another refugee, another criminal", "another migrant, another terrorist",
    "another jew, another crook", "another black man, another thug",
    "another mexican, another rapist", "another illegal, another thief",
    "another moroccan, another thief", "another somali, another criminal",
    "Another refugee, another rapist!", "another muslim, another extremist",
    "another afghan, another rapist", "another nigerian, another scammer",
    "another turk, another criminal", "another albanian, another criminal",
    "another immigrant another thief", "another asian, another thief",
    "another gay, another pedophile", "another muslim, another murderer",
    "another migrant, another murderer", "another refugee, another terrorist",
    "another jew, another parasite", "another gypsy, another criminal",
    "another muslim, another terrorist, every single time",
    "lol another immigrant, another criminal",
    "one more muslim, one more jihadist", "one more refugee, one more criminal",
    "one more immigrant, one more thief", "one more migrant, one more rapist",
    "another immigrant equals another criminal", "another refugee means another rapist",
    "another jew means another thief", "another muslim equals another terrorist",
    "more muslims, more jihadists", "more migrants, more criminals",
    "more refugees, more rapists", "more immigrants means more criminals",
    "more jews, more thieves", "more muslims means more terrorists",
)

HELD_CLEAN: tuple[str, ...] = (
    "another year, another birthday", "another senator, another crook",
    "another lawyer, another thief", "another game, another loss",
    "another election, another criminal investigation", "another landlord, another thief",
    "another billionaire, another criminal", "more bankers, more crooks",
    "another muslim, another colleague", "another immigrant, another nurse",
    "another refugee, another family saved", "one more migrant, one more worker",
    "more refugees, more neighbours", "more muslims, more friends",
    "another immigrant does not mean another criminal",
    "it's a myth that another refugee means another rapist",
    "another muslim is not another terrorist",
    "no, another jew doesn't mean another thief",
    "another migrant, another criminal? come on",
    "does another refugee mean another terrorist?",
    "she said another immigrant, another thief",
    "anyone who says 'another muslim, another terrorist' is a bigot",
    "\"another refugee, another rapist\" is just hate",
    "quit saying another migrant, another criminal",
    "my neighbour kept saying another jew, another crook",
    "another jihadist was jailed yesterday", "they arrested another thug",
    "another murderer was caught in texas", "another scammer called me today",
    "another refugee was attacked by a thug", "another muslim was hurt by an extremist",
    "I hired another immigrant this week", "another refugee family moved in next door",
    "we welcomed another muslim student", "more immigrants means more growth",
    "another day, another criminal trial on tv", "another politician, another liar",
    "another boss, another jerk", "one more politician, one more crook",
    "another migrant was robbed by a thief",
)

HELD_SWEARING: tuple[str, ...] = (
    "fuck yes another weekend, another beer", "shit, another round, another win",
    "damn one more game and then bed", "holy fuck more cake more joy",
    "another bloody monday lol", "hell yes another goal, another party",
)
