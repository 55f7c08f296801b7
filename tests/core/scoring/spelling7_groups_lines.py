"""The spelling7 probe's studied hostile lines at identity groups, threats, exclusion and
self-harm encouragement (see spelling7_probe_lines.py).
"""

from __future__ import annotations

# (base sentence, its spelled variants), as in spelling7_probe_lines.py
Case = tuple[str, tuple[str, ...]]

GROUPS_AND_THREATS: tuple[Case, ...] = (
    (
        "women are nothing but trash",
        (
            "women are nothing but t r a s h",
            "women are nothing but tr@5h",
            "women are nothing but traaaash",
            "women are nothing but tr\u0430sh",
            "women are nothing but tràsh",
            "women are nothing but tr*sh",
        ),
    ),
    (
        "immigrants are animals",
        (
            "immigrants are \u0430nimals",
            "immigrants are anímals",
            "immigrants are an*mals",
            "immigrants are ani\u200bmals",
            "immigrants are ANIMALSS",
            "immigrants are anmials",
        ),
    ),
    (
        "I hate muslims",
        (
            "I ha\u200bte muslims",
            "I HATEE muslims",
            "I htae muslims",
            "I hte muslims",
            "Ihate muslims",
            "I h a t e muslims",
        ),
    ),
    (
        "all gay people should die",
        (
            "all gay people should de",
            "all gay people shoulddie",
            "all gay people should d i e",
            "all gay people should d13",
            "all gay people should dieeee",
            "all gay people should d\u0456e",
        ),
    ),
    (
        "you are a faggot",
        (
            "you are a f4gg07",
            "you are a faggoooot",
            "you are a f\u0430ggot",
            "you are a fàggot",
            "you are a f.a.g.g.o.t",
            "you are a fag\u200bgot",
        ),
    ),
    (
        "shut up nigger",
        (
            "shut up nígger",
            "shut up n.i.g.g.e.r",
            "shut up nig\u200bger",
            "shut up NIGGERR",
            "shut up ngiger",
            "shut up niggr",
        ),
    ),
    (
        "black people are inferior",
        (
            "black people are INFERIORR",
            "black people are infreior",
            "black people are inferir",
            "black people areinferior",
            "black people are i n f e r i o r",
            "black people are !nf3r!0r",
        ),
    ),
    (
        "jews are vermin",
        (
            "jews arevermin",
            "jews are v e r m i n",
            "jews are v3rm!n",
            "jews are vermiiiin",
            "jews are v\u0435rmin",
            "jews are vérmin",
        ),
    ),
    (
        "disabled people are useless",
        (
            "disabled people are useleeeess",
            "disabled people are us\u0435less",
            "disabled people are uséless",
            "disabled people are us*less",
            "disabled people are use\u200bless",
            "disabled people are USELESSS",
        ),
    ),
    (
        "muslims are all terrorists",
        (
            "muslims are all t*rrorists",
            "muslims are all terro\u200brists",
            "muslims are all TERRORISTSS",
            "muslims are all terrroists",
            "muslims are all terrorsts",
            "muslims are allterrorists",
        ),
    ),
    (
        "trans people are disgusting",
        (
            "trans people are disgsuting",
            "trans people are disgustng",
            "trans people aredisgusting",
            "trans people are d i s g u s t i n g",
            "trans people are d1$gu$71ng",
            "trans people are disgustiiiing",
        ),
    ),
    (
        "I will kill you",
        (
            "I will k i l l you",
            "I will k1ll you",
            "I will kiiiill you",
            "I will k\u0456ll you",
            "I will kíll you",
            "I will k.i.l.l you",
        ),
    ),
    (
        "I'm going to murder you",
        (
            "I'm going to murd\u0435r you",
            "I'm going to mürder you",
            "I'm going to m.u.r.d.e.r you",
            "I'm going to mur\u200bder you",
            "I'm going to MURDERR you",
            "I'm going to mudrer you",
        ),
    ),
    (
        "I will stab you",
        (
            "I will st\u200bab you",
            "I will STABB you",
            "I will satb you",
            "I will stb you",
            "I willstab you",
            "I will s t a b you",
        ),
    ),
    (
        "I hope you die",
        (
            "I hope you de",
            "I hope youdie",
            "I hope you d i e",
            "I hope you d!3",
            "I hope you dieeee",
            "I hope you d\u0456e",
        ),
    ),
    (
        "i will smash your face in you fucker",
        (
            "i will smash your face in you fuck3r",
            "i will smash your face in you fuckeeeer",
            "i will smash your face in you fu\u0441ker",
            "i will smash your face in you fücker",
            "i will smash your face in you f*cker",
            "i will smash your face in you fuc\u200bker",
        ),
    ),
    (
        "nobody wants you here, fuck off",
        (
            "nobody wants you here, fück off",
            "nobody wants you here, f*ck off",
            "nobody wants you here, fu\u200bck off",
            "nobody wants you here, FUCKK off",
            "nobody wants you here, fcuk off",
            "nobody wants you here, fck off",
        ),
    ),
    (
        "get out of this server you freak",
        (
            "get out of this server you FREAKK",
            "get out of this server you ferak",
            "get out of this server you frek",
            "get out of this server youfreak",
            "get out of this server you f r e a k",
            "get out of this server you fr34k",
        ),
    ),
    (
        "go away loser nobody invited you",
        (
            "go awayloser nobody invited you",
            "go away l o s e r nobody invited you",
            "go away l0$3r nobody invited you",
            "go away loseeeer nobody invited you",
            "go away l\u043eser nobody invited you",
            "go away löser nobody invited you",
        ),
    ),
    (
        "go kill yourself",
        (
            "go kiiiill yourself",
            "go k\u0456ll yourself",
            "go kíll yourself",
            "go k.i.l.l yourself",
            "go ki\u200bll yourself",
            "go KILLL yourself",
        ),
    ),
    (
        "you should hang yourself",
        (
            "you should h.a.n.g yourself",
            "you should ha\u200bng yourself",
            "you should HANGG yourself",
            "you should hnag yourself",
            "you should hng yourself",
            "you shouldhang yourself",
        ),
    ),
    (
        "do everyone a favour and die",
        (
            "do everyone a favour and eid",
            "do everyone a favour and de",
            "do everyone a favour anddie",
            "do everyone a favour and d i e",
            "do everyone a favour and d!3",
            "do everyone a favour and dieeee",
        ),
    ),
    (
        "kys loser",
        (
            "k y s loser",
            "ky5 loser",
            "kyssss loser",
            "k\u0443s loser",
            "k*s loser",
            "k\u200bys loser",
        ),
    ),
)
