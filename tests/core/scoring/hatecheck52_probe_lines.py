"""The hatecheck52 probe (issue 8): identity-group names and slurs obfuscated in ways the
normaliser does not yet read: a letter of another script that looks Latin inside an
otherwise Latin word (Armenian "ս" for "u", "օ" for "o"; Greek "μ" for "u"; Cherokee "Ꮃ"
for "w"; Cyrillic "ӏ" for "l"; Latin "ɑ", "ɡ", "ƒ"), a plural's "s" written "z" or
"zz" ("fagz", "jewzz"), and older spellings (fullwidth letters, dotted letters, digits)
for spread; and the clean lines in the same words that must stay clean (the same
spellings said kindly or neutrally, a slur reported or condemned, words ending in "z" or
"zz" ("jazz", "quiz"), real Armenian, Greek, Cyrillic and Cherokee text, and symbols that
are such letters ("ƒ(x)", "5 μm")). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a look-alike letter of another script inside a Latin word
    "mսslims are a plague on this country", "wօmen are too stupid to vote",
    "gɑys are disgusting perverts", "niɡɡers are subhuman", "ƒaggots should be shot",
    "bӏacks are all criminals", "mμslims are vermin", "i hate mսslims so much",
    "refսgees are parasites", "immigrɑnts are rats", "hindսs are filthy",
    "ɡypsies are thieves", "Ꮃomen are worthless", "ꮃomen belong in the kitchen",
    "jeԝs are rats", "disɑbled people are a burden", "trɑnnies are freaks",
    # a plural's "z" or "zz"
    "fagz should all die", "fagzz are disgusting", "i hate fagz", "jewzz are rats",
    "faggotzz should burn", "muslimzz are terrorists", "niggerzz are animals",
    "dykezz are gross", "gayzz should be locked up",
    # both at once, and older spellings for spread
    "mսslimz are filth", "ｆａｇｚ should die", "ｍｕｓｌｉｍｓ are a disease",
    "m.u.s.l.i.m.s are vermin", "j.e.w.s are parasites", "mu5lims are a cancer",
    "muslllims are filth", "w0men are useless", "trɑnnyz should die",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same spellings, said kindly or neutrally
    "mսslims are fasting this week", "wօmen are amazing engineers",
    "gɑys deserve equal rights", "i love my mսslim neighbours", "refսgees need our help",
    "immigrɑnts built this town", "Ꮃomen's football is great", "bӏacks and whites voted together",
    "mμslims celebrate eid today", "jewz celebrate passover this week",
    "gayzz can marry here now", "muslimzz are welcome here", "ｍｕｓｌｉｍｓ are our friends",
    # a slur reported or condemned
    "calling people fagz is homophobic", "ƒaggots is a vile word, never use it",
    # words ending in "z" or "zz", names with "z"
    "this jazz band is killing it", "the quiz was so hard", "fizz is my favourite drink",
    "the bees buzz all day", "liz and oz are coming over", "my friend fritz is a genius",
    "the frizz in my hair is unreal", "whizz kids all of them",
    # other scripts, symbols and emoji
    "Բարև, ինչպես ես", "Привет, как дела у тебя?", "Γεια σου φίλε, τι κάνεις;",
    "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ is the cherokee language", "ƒ(x) is just x squared", "the cell is 5 μm wide",
    "the ipa for go is ɡoʊ", "love you all 💕🙏", "Ալեքս is my armenian friend",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy shіt that was close", "fսck yeah we won", "damn this lag",
    "shiiit happens lol", "what the fսck was that play", "this is so fսcking good",
)
