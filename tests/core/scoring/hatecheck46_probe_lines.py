"""The hatecheck46 probe (issue 8): identity-group words written obfuscated inside hateful
statements the scorer catches when they are spelled plainly: letters swapped ("mulsims",
"wmoen") or dropped ("muslms", "immigrnts"), spaces taken out or put in ("i hatemuslims",
"m u s l i m s"), dots, stars or marks inside ("m.u.s.l.i.m.s", "wom*n", "musl!ms",
"mus|ims") and leetspeak ("mus1ims", "w0men", "1mmigrants"); and the clean lines in the
same words that must stay clean (the same spellings in neutral or kind statements, and
ordinary words that only look like a group's name: "mom", "muslin", "hinds"). Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dots between the letters
    "m.u.s.l.i.m.s are disgusting", "j.e.w.s are vermin", "all r.e.f.u.g.e.e.s should be deported",
    "w.o.m.e.n are too stupid to vote", "G.A.Y.S are an abomination",
    "the i.m.m.i.g.r.a.n.t.s here are parasites", "b. l. a. c. k. s are animals",
    "m.u.s.1.i.m.s should be deported",
    # stars
    "wom*n are nothing but trash", "w*m*n are worthless", "m*sl*ms are a plague",
    "i hate j*ws so much",
    # marks for letters
    "musl!ms are terrorists", "h!ndus are filthy", "kill all chr!stians", "mus|ims are rats",
    "|esbians are disgusting perverts", "d!sabled people are a burden",
    # leetspeak
    "I hate mus1ims", "w0men are nothing but trash", "1mmigrants are scum", "j3ws are evil",
    "g4ys are disgusting", "i despise tr@nnies",
    # swapped letters
    "mulsims are a cancer", "wmoen are so dumb", "immigarnts are filth",
    # dropped letters
    "all immigrnts should be deported", "muslms are savages", "refugess are leeches",
    # spaces taken out or put in
    "i hatemuslims", "m u s l i m s are disgusting", "kill all mus lims",
    "l.g.b.t people are mentally ill", "all m.e.x.i.c.a.n.s are criminals",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same spellings, said kindly or neutrally
    "m.u.s.l.i.m.s celebrate eid this week", "j.e.w.s light candles for hanukkah",
    "w.o.m.e.n deserve equal pay", "r.e.f.u.g.e.e.s need our help", "wom*n are amazing",
    "m*sl*ms are welcome here", "musl!ms are fasting this month", "h!ndus celebrate diwali",
    "mus|ims are my friends", "I love mus1ims", "w0men in tech are awesome",
    "1mmigrants built this country", "g4ys deserve the same rights",
    "mulsims pray five times a day", "wmoen won the match yesterday",
    "immigrnts are welcome here", "m u s l i m s are people too",
    "i lovemuslims and their food", "t.r.a.n.s people exist and deserve respect",
    "G.A.Y.S are just people", "w.o.m.e.n's football is fun to watch",
    # words that only look like a group's name, and dotted abbreviations
    "my mom is the best", "wo, that was close", "this muslin fabric is so soft",
    "the gas prices are insane", "the backs on this team are solid",
    "hinds and stags in the park", "the refuges in the mountains are cozy",
    "i.m.o the movie was great", "u.s.a. won the gold", "mums are the best",
    "a.k.a. the best player on the server",
)

TUNE_SWEARING: tuple[str, ...] = (
    "holy sh1t that was close", "f.u.c.k yeah we won", "wtf is this lag lol",
    "damn that was a good game", "sh*t, i forgot my keys", "this song is f***ing great",
)
