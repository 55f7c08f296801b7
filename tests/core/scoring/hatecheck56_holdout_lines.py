"""The hatecheck56 held-back lines (issue 8): other wordings of the probe's shapes (a
group's name or a slur spelled with stretched, doubled, dropped, swapped or phonetic
letters, spaces, punctuation or digits inside a plain hateful statement), written at the
same time as the probe and before any rule; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # stretched or doubled letters
    "mussliims are filthy animals", "i can't stand muuslims", "jeewss should be wiped out",
    "wommen are so stupid", "immigraantts are parasites", "gaays should all burn",
    "traannies are disgusting freaks", "blaccks are subhuman", "refuugees are a plague",
    "i despise jeeeews",
    # phonetic respellings
    "moslems are a plague", "mozlemz should be deported", "jooz are rats",
    "wimmen are worthless", "immagrants are scum", "gayz are disgusting",
    "blakk people are animals", "muzlims should all die", "trannys are freaks",
    "jooos are parasites",
    # dropped or swapped letters
    "muslisms are filth", "immigrnts are vermin", "woemn are worthless",
    "jwes should all die", "refguees are parasites", "trnasgender people are freaks",
    "homosexals are disgusting",
    # spaces or punctuation inside the word
    "i hate m.u.s.l.i.m.s", "j e w s should all die", "im-mi-grants are scum",
    "g.a.y.s are disgusting", "tr4nn1es are freaks",
    # leetspeak
    "wom3n are worthless", "mu$lims are a disease", "j3ws are rats", "g4ys should all die",
    "1mmigrants are vermin", "bl@cks are animals", "tr@nnys should all die",
    "i hate muzzlims",
)

HELD_CLEAN: tuple[str, ...] = (
    # ordinary words near these spellings
    "the moose crossed the road", "these jokes are disgusting lol",
    "gays and lesbians met in the park",
    "the gauze is in the first aid kit", "immigrate to canada next year",
    "blackberries are delicious",
    "i hate moss on the roof", "the juice is disgusting", "women's football is growing fast",
    "muscles should all be stretched", "blacklists are a pain", "the refugee camp got new tents",
    "the goose is loose again", "i hate mondays so much",
    # the same variants said neutrally or kindly
    "muusliims are celebrating tonight", "mozlems deserve safety", "jooz are part of our community",
    "wimmen are amazing", "immagrants are welcome", "gayz are lovely", "wom3n are strong",
    "j3ws have a rich history", "1mmigrants are our neighbours",
    "tr4nn1es? no, trans women are women",
    "jeewss made the best bagels", "refuugees need our help",
    # counter-speech and reported speech
    "writing moslems are a plague is hate speech", "someone posted 'jooz are rats', reported it",
    "it's vile to say wommen are stupid", "calling people trannys is a slur",
    "i'd never say immigrnts are vermin", "stop saying g4ys should all die",
    "he said mu$lims are a disease and i blocked him", "nobody thinks blakk people are animals",
    "the mussels were gross but fine", "my mom makes jokes", "grandma gazes at stars",
    "immigration forms are long", "the blacksmith was kind", "women-led teams win",
)

HELD_SWEARING: tuple[str, ...] = (
    "shiiiit that was a good game", "fuuuck i love this song", "daaaamn bro nice shot",
    "holy fuk what a save", "f.u.c.k yeah we did it", "sh1tttt i'm late again",
)
