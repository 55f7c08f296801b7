"""The hatecheck49 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as hatecheck49_probe_lines.py and before any rule; counted only at the
start and the end of the round."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "w*m*n are too dumb to vote", "j**s are vermin", "bl**ks are animals",
    "g**s are sick perverts", "tr*nn**s are freaks", "m*sl*ms are savages",
    "mus_lims are cockroaches", "immi-grants are a plague", "refu.gees are scum",
    "les-bians are disgusting", "mus-lims should be deported", "deport every ref-ugee",
    "darkies should go back to africa", "porch monkeys are so stupid",
    "jungle bunnies are ruining everything", "sand monkeys should be bombed",
    "f@gz should be shot", "phaggots are vermin", "spicks should be deported",
    "kill all the darkies", "afrikans are dirty animals", "mexikans are criminals",
    "yids are parasites", "pajeets are dirty", "femoids are trash", "foids are useless",
    "wops are filthy", "dagos are greasy criminals", "lezzers are disgusting",
    "gyppos are thieves", "pikeys should be thrown out", "abos are savages",
    "jiggaboos are subhuman", "wimmin are stupid", "j3ws are parasites",
    "mus1ims are savages", "muuuuslims should die", "m u s l i m s are rats",
    "immigrnts are scum", "h0mos are disgusting",
)

HELD_CLEAN: tuple[str, ...] = (
    "w*m*n deserve equal pay", "j**s light candles on hanukkah", "bl**ks and asians voted",
    "g**s are welcome here", "m*sl*ms pray five times a day", "mus_lims are my neighbours",
    "immi-grants work hard", "refu.gees need shelter", "les-bians can adopt now",
    "mus-lims celebrate eid", "afrikans are wonderful people", "mexikans are so friendly",
    "wimmin's rights matter", "j3ws are my friends", "mus1ims are lovely",
    "calling anyone darkies is vile", "he said porch monkeys and got kicked",
    "stop saying jungle bunnies", "'sand monkeys' is a racist slur",
    "yids is an ugly slur", "don't call people pajeets", "using femoids makes you an incel",
    "foids is a word incels use", "my grandma called italians wops and we cringed",
    "dagos is a slur for italians", "lezzers is an old slur", "pikeys is a slur, don't",
    "the house was spick and span", "the pikes in this river are huge",
    "hebes and roses in the garden", "ninjas and monkeys in the sand", "t-shirts on sale",
    "the x-ray came back fine", "my ex-wife is nice", "he was in the mid-east",
    "darkest night of the year", "gays and lesbians deserve respect",
    "the wops of the rotor", "foiled again", "yiddish songs are lovely",
)

HELD_SWEARING: tuple[str, ...] = (
    "holy f*ck that was close", "sh*t i missed the bus", "damn that was a good game",
    "fuck yeah, friday", "wtf is this lag lol", "this song is f***ing great",
)
