"""The spelling7 probe's studied hostile lines at people: the reader, someone named or
pointed at, the team or the room (see spelling7_probe_lines.py).
"""

from __future__ import annotations

# (base sentence, its spelled variants), as in spelling7_probe_lines.py
Case = tuple[str, tuple[str, ...]]

PEOPLE: tuple[Case, ...] = (
    (
        "you are an idiot",
        (
            "you are an iidot",
            "you are an idit",
            "you are anidiot",
            "you are an i d i o t",
            "you are an !d!0t",
            "you are an idioooot",
        ),
    ),
    (
        "shut up you moron",
        (
            "shut up you m o r o n",
            "shut up you m0r0n",
            "shut up you moroooon",
            "shut up you m\u043eron",
            "shut up you möron",
            "shut up you m*ron",
        ),
    ),
    (
        "fuck you",
        ("fu\u0441k you", "fück you", "f*ck you", "fu\u200bck you", "FUCKK you", "fcuk you"),
    ),
    (
        "you're such a loser",
        (
            "you're such a lo\u200bser",
            "you're such a LOSERR",
            "you're such a lsoer",
            "you're such a losr",
            "you're such aloser",
            "you're such a l o s e r",
        ),
    ),
    (
        "you are so stupid",
        (
            "you are so stupd",
            "you are sostupid",
            "you are so s t u p i d",
            "you are so $7up1d",
            "you are so stupiiiid",
            "you are so stu\u0440id",
        ),
    ),
    (
        "go to hell you bastard",
        (
            "go to hell you b4$74rd",
            "go to hell you bastaaaard",
            "go to hell you b\u0430stard",
            "go to hell you bàstard",
            "go to hell you b.a.s.t.a.r.d",
            "go to hell you bas\u200btard",
        ),
    ),
    (
        "you are pathetic and everyone knows it",
        (
            "you are pàthetic and everyone knows it",
            "you are p.a.t.h.e.t.i.c and everyone knows it",
            "you are path\u200betic and everyone knows it",
            "you are PATHETICC and everyone knows it",
            "you are patehtic and everyone knows it",
            "you are pathetc and everyone knows it",
        ),
    ),
    (
        "nobody likes you, retard",
        (
            "nobody likes you, RETARDD",
            "nobody likes you, reatrd",
            "nobody likes you, retrd",
            "nobody likes you,retard",
            "nobody likes you, r e t a r d",
            "nobody likes you, r3t@rd",
        ),
    ),
    (
        "ur a dumbass",
        (
            "ur adumbass",
            "ur a d u m b a s s",
            "ur a dumb@55",
            "ur a dumbaaaass",
            "ur a dumb\u0430ss",
            "ur a dümbass",
        ),
    ),
    (
        "you worthless piece of garbage",
        (
            "you worthleeeess piece of garbage",
            "you w\u043erthless piece of garbage",
            "you wörthless piece of garbage",
            "you w*rthless piece of garbage",
            "you wort\u200bhless piece of garbage",
            "you WORTHLESSS piece of garbage",
        ),
    ),
    (
        "he is such a moron",
        (
            "he is such a m*ron",
            "he is such a mo\u200bron",
            "he is such a MORONN",
            "he is such a mroon",
            "he is such a morn",
            "he is such amoron",
        ),
    ),
    (
        "this guy is an idiot",
        (
            "this guy is an iidot",
            "this guy is an idit",
            "this guy is anidiot",
            "this guy is an i d i o t",
            "this guy is an 1d107",
            "this guy is an idioooot",
        ),
    ),
    (
        "report this idiot pls",
        (
            "report this i d i o t pls",
            "report this 1d107 pls",
            "report this idioooot pls",
            "report this \u0456diot pls",
            "report this idíot pls",
            "report this i.d.i.o.t pls",
        ),
    ),
    (
        "she is a stupid bitch",
        (
            "she is a stupid b\u0456tch",
            "she is a stupid bítch",
            "she is a stupid b.i.t.c.h",
            "she is a stupid bi\u200btch",
            "she is a stupid BITCHH",
            "she is a stupid btich",
        ),
    ),
    (
        "that kid is a retard",
        (
            "that kid is a ret\u200bard",
            "that kid is a RETARDD",
            "that kid is a reatrd",
            "that kid is a retrd",
            "that kid is aretard",
            "that kid is a r e t a r d",
        ),
    ),
    (
        "my boss is a total asshole",
        (
            "my boss is a total asshle",
            "my boss is a totalasshole",
            "my boss is a total a s s h o l e",
            "my boss is a total @55h0l3",
            "my boss is a total assholeeee",
            "my boss is a total \u0430sshole",
        ),
    ),
    (
        "pudge is trash report him",
        (
            "pudge is tr@5h report him",
            "pudge is traaaash report him",
            "pudge is tr\u0430sh report him",
            "pudge is tràsh report him",
            "pudge is tr*sh report him",
            "pudge is tr\u200bash report him",
        ),
    ),
    (
        "this team is trash",
        (
            "this team is tràsh",
            "this team is tr*sh",
            "this team is tr\u200bash",
            "this team is TRASHH",
            "this team is tarsh",
            "this team is trsh",
        ),
    ),
    (
        "you all suck",
        (
            "you all SUCKK",
            "you all scuk",
            "you all sck",
            "you allsuck",
            "you all s u c k",
            "you all $uck",
        ),
    ),
    (
        "gg noobs uninstall",
        (
            "ggnoobs uninstall",
            "gg n o o b s uninstall",
            "gg n00b$ uninstall",
            "gg nooooobs uninstall",
            "gg n\u043eobs uninstall",
            "gg nöobs uninstall",
        ),
    ),
    (
        "worst team ever, bunch of idiots",
        (
            "worst team ever, bunch of idioooots",
            "worst team ever, bunch of \u0456diots",
            "worst team ever, bunch of idíots",
            "worst team ever, bunch of i.d.i.o.t.s",
            "worst team ever, bunch of idi\u200bots",
            "worst team ever, bunch of IDIOTSS",
        ),
    ),
    (
        "our team is full of morons",
        (
            "our team is full of m.o.r.o.n.s",
            "our team is full of mor\u200bons",
            "our team is full of MORONSS",
            "our team is full of moorns",
            "our team is full of morns",
            "our team is full ofmorons",
        ),
    ),
    (
        "you guys are useless",
        (
            "you guys are usleess",
            "you guys are uselss",
            "you guys areuseless",
            "you guys are u s e l e s s",
            "you guys are u53l355",
            "you guys are useleeeess",
        ),
    ),
)
