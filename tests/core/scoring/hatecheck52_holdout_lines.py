"""Held-back lines of the hatecheck52 probe (issue 8): other wordings of the same shapes
(look-alike letters of another script inside a Latin word, a plural's "z" or "zz",
older spellings), written at the same time as the studied part and before any rule.
Only counted at the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "mսslims should be deported", "all mսslims are terrorists", "wօmen are property",
    "wօmen are inferior to men", "gɑys should be put down", "i despise gɑys",
    "niɡɡers should hang", "ɡays are an abomination", "ƒags are vermin",
    "bӏacks are savages", "mμslims are a disease", "refսgees are vermin",
    "jeԝs control the banks", "immigrɑnts are parasites", "tրannies are mentally ill",
    "hindսs are disgusting", "Ꮃomen are stupid", "ꮃomen are useless",
    "ɑrabs are terrorists", "ɡypsies should be thrown out", "dykes are disgusting",
    "fagz are disgusting", "i hate fagzz", "fagz deserve to die", "jewzz are parasites",
    "muslimzz should be deported", "faggotzz are vermin", "niggerzz should hang",
    "trannyzz are freaks", "dykezz should die", "gayzz are disgusting",
    "refugeezz are leeches", "mսslimzz are a disease", "ｍｕｓｌｉｍｚ are scum",
    "ｗｏｍｅｎ are worthless", "w.o.m.e.n are inferior", "j3wzz are rats",
    "immigrantzz are rats", "ɡɑys are a plague", "mսsլims are vermin",
)

HELD_CLEAN: tuple[str, ...] = (
    "mսslims pray five times a day", "wօmen deserve equal pay", "gɑys and lesbians marched",
    "my mսslim friend is coming over", "refսgees are welcome here", "immigrɑnts work hard",
    "ꮃomen are strong", "mμslims and christians met today", "jewzz are my neighbours",
    "fagz is a word nobody should use", "saying jewzz are rats is antisemitic",
    "bӏacks are underrepresented in tech", "hindսs celebrate diwali", "ɡypsies have a long history",
    "ｍｕｓｌｉｍｓ are welcome", "muslimzz are people too", "the jazz festival was great",
    "that quiz was easy", "buzz me when you get home", "the fizz in this soda is gone",
    "my cousin suzy is visiting", "the pizza place by the zoo", "oz is a great show",
    "razzle dazzle", "his jazz hands lol", "the buzzer went off",
    "Ես սիրում եմ քեզ", "Спасибо большое, друг", "Καλημέρα σε όλους",
    "Ꮎ ᏣᎳᎩ ᎠᏂᏴᏫᏯ", "the mean is μ and the spread is σ", "ƒ stops are a camera thing",
    "the ipa letter ɑ is open", "☕ and 🍩 for breakfast", "Բարի լույս, Արամ",
    "Мама мыла раму", "Ωραίος καιρός σήμερα", "jewz and muslimz live here in peace",
    "i love all women", "we all love quizzes",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy fսck that was sick", "shіt the server died", "damn that was close",
    "fսcking hell what a game", "well shit", "oh crap lol",
)
