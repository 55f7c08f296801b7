"""The spelling7 probe's held-back lines: written last, before any rule changed, and
measured for counts only (see spelling7_probe_lines.py).
"""

from __future__ import annotations

# (base sentence, its spelled variants), as in spelling7_probe_lines.py
Case = tuple[str, tuple[str, ...]]

HELD_HOSTILE: tuple[Case, ...] = (
    (
        "you are a complete imbecile",
        (
            "you are a complete imbecileeee",
            "you are a complete \u0456mbecile",
            "you are a complete imbécile",
            "you are a complete imb*cile",
            "you are a complete imbe\u200bcile",
            "you are a complete IMBECILEE",
        ),
    ),
    (
        "shut your mouth you cunt",
        (
            "shut your mouth you c*nt",
            "shut your mouth you cu\u200bnt",
            "shut your mouth you CUNTT",
            "shut your mouth you cnut",
            "shut your mouth you cnt",
            "shut your mouth youcunt",
        ),
    ),
    (
        "that healer is a clown lol",
        (
            "that healer is a colwn lol",
            "that healer is a clwn lol",
            "that healer is aclown lol",
            "that healer is a c l o w n lol",
            "that healer is a cl0wn lol",
            "that healer is a cloooown lol",
        ),
    ),
    (
        "this lobby is full of retards",
        (
            "this lobby is full of r e t a r d s",
            "this lobby is full of r374rd$",
            "this lobby is full of retaaaards",
            "this lobby is full of r\u0435tards",
            "this lobby is full of rétards",
            "this lobby is full of r.e.t.a.r.d.s",
        ),
    ),
    (
        "refugees are parasites",
        (
            "refugees are \u0440arasites",
            "refugees are pàrasites",
            "refugees are p.a.r.a.s.i.t.e.s",
            "refugees are para\u200bsites",
            "refugees are PARASITESS",
            "refugees are parsaites",
        ),
    ),
    (
        "I will shoot you",
        (
            "I will sh\u200boot you",
            "I will SHOOTT you",
            "I will sohot you",
            "I will shot you",
            "I willshoot you",
            "I will s h o o t you",
        ),
    ),
    (
        "nobody wants you here you creep",
        (
            "nobody wants you here you crep",
            "nobody wants you here youcreep",
            "nobody wants you here you c r e e p",
            "nobody wants you here you cr33p",
            "nobody wants you here you creeeeep",
            "nobody wants you here you \u0441reep",
        ),
    ),
    (
        "you should just die",
        (
            "you should just d!3",
            "you should just dieeee",
            "you should just d\u0456e",
            "you should just díe",
            "you should just d*e",
            "you should just d\u200bie",
        ),
    ),
    (
        "i hate women",
        (
            "i hàte women",
            "i h*te women",
            "i ha\u200bte women",
            "i HATEE women",
            "i htae women",
            "i hte women",
        ),
    ),
    (
        "sei un idiota",
        (
            "sei un IDIOTAA",
            "sei un idoita",
            "sei un idita",
            "sei unidiota",
            "sei un i d i o t a",
            "sei un 1d1074",
        ),
    ),
    (
        "siete una squadra di incapaci",
        (
            "siete una squadra diincapaci",
            "siete una squadra di i n c a p a c i",
            "siete una squadra di 1nc4p4c1",
            "siete una squadra di incapaciiii",
            "siete una squadra di \u0456ncapaci",
            "siete una squadra di incàpaci",
        ),
    ),
    (
        "gli ebrei sono feccia",
        (
            "gli ebrei sono fecciaaaa",
            "gli ebrei sono f\u0435ccia",
            "gli ebrei sono féccia",
            "gli ebrei sono f.e.c.c.i.a",
            "gli ebrei sono fec\u200bcia",
            "gli ebrei sono FECCIAA",
        ),
    ),
    (
        "ti spacco la faccia",
        (
            "ti s.p.a.c.c.o la faccia",
            "ti spa\u200bcco la faccia",
            "ti SPACCOO la faccia",
            "ti spcaco la faccia",
            "ti spcco la faccia",
            "tispacco la faccia",
        ),
    ),
    (
        "ammazzati",
        (
            "ammzazati",
            "ammazzti",
            "a m m a z z a t i",
            "@mm@zz@t!",
            "ammazzatiiii",
            "\u0430mmazzati",
        ),
    ),
)

HELD_CLEAN: tuple[Case, ...] = (
    (
        "fuck yeah we won",
        (
            "fuuuuck yeah we won",
            "fu\u0441k yeah we won",
            "fück yeah we won",
            "f*ck yeah we won",
            "fu\u200bck yeah we won",
        ),
    ),
    (
        "that was a sick play",
        (
            "that was a s*ck play",
            "that was a si\u200bck play",
            "that was a SICKK play",
            "that was a scik play",
            "that was a sck play",
        ),
    ),
    (
        "I watched the Dickens movie",
        (
            "I watched the Dikcens movie",
            "I watched the Dickns movie",
            "I watched theDickens movie",
            "I watched the D i c k e n s movie",
            "I watched the D1ck3n$ movie",
        ),
    ),
    (
        "the snigger from the back row was funny",
        (
            "the s n i g g e r from the back row was funny",
            "the $n1gg3r from the back row was funny",
            "the sniggeeeer from the back row was funny",
            "the sn\u0456gger from the back row was funny",
            "the snígger from the back row was funny",
        ),
    ),
    (
        "I am so stupid sometimes haha",
        (
            "I am so stu\u0440id sometimes haha",
            "I am so stüpid sometimes haha",
            "I am so s.t.u.p.i.d sometimes haha",
            "I am so stu\u200bpid sometimes haha",
            "I am so STUPIDD sometimes haha",
        ),
    ),
    (
        "ma che cazzo di tiro",
        (
            "ma che ca\u200bzzo di tiro",
            "ma che CAZZOO di tiro",
            "ma che czazo di tiro",
            "ma che czzo di tiro",
            "ma checazzo di tiro",
        ),
    ),
    (
        "minchia che bello",
        (
            "mincha che bello",
            "minchiache bello",
            "m i n c h i a che bello",
            "m!nch!@ che bello",
            "minchiaaaa che bello",
        ),
    ),
    (
        "please do not call anyone a bitch here",
        (
            "please do not call anyone a b!tch here",
            "please do not call anyone a biiiitch here",
            "please do not call anyone a b\u0456tch here",
            "please do not call anyone a bítch here",
            "please do not call anyone a b*tch here",
        ),
    ),
)
