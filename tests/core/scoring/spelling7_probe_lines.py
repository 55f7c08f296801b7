"""Lines for the spelling7 probe (issue 8): hostile and clean base sentences of every
target kind, English and Italian, each with the spelled variants a functional hate suite
uses (swapped or missing letters, a missing or added space, leet, repeated letters,
Cyrillic homoglyphs, accents, symbols inside the word, a zero-width space, capitals).

The goal is that a variant is flagged whenever its base is, and that clean lines spelled
the same way stay clean. Written before the rules were read; the held-back part was
written last, before any rule changed, and is measured for counts only.

The studied hostile lines are in spelling7_people_lines.py, spelling7_groups_lines.py and
spelling7_italian_lines.py, the held-back ones in spelling7_holdout_lines.py; this module
names them all, as the probe test reads them.
"""

from __future__ import annotations

from tests.core.scoring.spelling7_groups_lines import GROUPS_AND_THREATS
from tests.core.scoring.spelling7_holdout_lines import HELD_CLEAN, HELD_HOSTILE
from tests.core.scoring.spelling7_italian_lines import ITALIAN
from tests.core.scoring.spelling7_people_lines import PEOPLE

# (base sentence, its spelled variants)
Case = tuple[str, tuple[str, ...]]

__all__ = ["HELD_CLEAN", "HELD_HOSTILE", "STUDIED_CLEAN", "STUDIED_HOSTILE", "Case"]

STUDIED_HOSTILE: tuple[Case, ...] = PEOPLE + GROUPS_AND_THREATS + ITALIAN

STUDIED_CLEAN: tuple[Case, ...] = (
    ("shit gg", ("siht gg", "sht gg", "shitgg", "s h i t gg", "5h!t gg")),
    (
        "holy shit nice shot",
        (
            "holy s h i t nice shot",
            "holy 5h!t nice shot",
            "holy shiiiit nice shot",
            "holy sh\u0456t nice shot",
            "holy shít nice shot",
        ),
    ),
    (
        "fucking nice shot",
        (
            "fu\u0441king nice shot",
            "fücking nice shot",
            "f*cking nice shot",
            "fuc\u200bking nice shot",
            "FUCKINGG nice shot",
        ),
    ),
    (
        "that was fucking close",
        (
            "that was fuc\u200bking close",
            "that was FUCKINGG close",
            "that was fukcing close",
            "that was fuckng close",
            "that wasfucking close",
        ),
    ),
    (
        "what the fuck just happened lol",
        (
            "what the fck just happened lol",
            "what thefuck just happened lol",
            "what the f u c k just happened lol",
            "what the fuuuuck just happened lol",
            "what the fu\u0441k just happened lol",
        ),
    ),
    (
        "damn that play was clean",
        (
            "d4mn that play was clean",
            "daaaamn that play was clean",
            "d\u0430mn that play was clean",
            "dàmn that play was clean",
            "d.a.m.n that play was clean",
        ),
    ),
    (
        "Dick Cheney was vice president",
        (
            "Dick Chéney was vice president",
            "Dick C.h.e.n.e.y was vice president",
            "Dick Che\u200bney was vice president",
            "Dick CHENEYY was vice president",
            "Dick Chneey was vice president",
        ),
    ),
    (
        "I grew up near Scunthorpe",
        (
            "I grew up near SCUNTHORPEE",
            "I grew up near Scunhtorpe",
            "I grew up near Scunthrpe",
            "I grew up nearScunthorpe",
            "I grew up near S c u n t h o r p e",
        ),
    ),
    (
        "I main the assassin class",
        (
            "I main theassassin class",
            "I main the a s s a s s i n class",
            "I main the @55@55!n class",
            "I main the assassiiiin class",
            "I main the \u0430ssassin class",
        ),
    ),
    (
        "the view from the cockpit is amazing",
        (
            "the view from the cockpiiiit is amazing",
            "the view from the \u0441ockpit is amazing",
            "the view from the cöckpit is amazing",
            "the view from the c*ckpit is amazing",
            "the view from the coc\u200bkpit is amazing",
        ),
    ),
    (
        "that class is overpowered",
        (
            "that cl*ss is overpowered",
            "that cl\u200bass is overpowered",
            "that CLASSS is overpowered",
            "that calss is overpowered",
            "that clss is overpowered",
        ),
    ),
    (
        "my therapist says I am doing better",
        (
            "my thearpist says I am doing better",
            "my therapst says I am doing better",
            "mytherapist says I am doing better",
            "my t h e r a p i s t says I am doing better",
            "my 7h3r4p1$7 says I am doing better",
        ),
    ),
    (
        "look at this cute pussycat",
        (
            "look at this cute p u s s y c a t",
            "look at this cute pu$$yc47",
            "look at this cute pussycaaaat",
            "look at this cute \u0440ussycat",
            "look at this cute püssycat",
        ),
    ),
    (
        "passami la cazzuola per il muro",
        (
            "passami la \u0441azzuola per il muro",
            "passami la càzzuola per il muro",
            "passami la c.a.z.z.u.o.l.a per il muro",
            "passami la cazz\u200buola per il muro",
            "passami la CAZZUOLAA per il muro",
        ),
    ),
    (
        "figurati, nessun problema",
        (
            "figu\u200brati, nessun problema",
            "FIGURATII, nessun problema",
            "figruati, nessun problema",
            "figurti, nessun problema",
            "f i g u r a t i, nessun problema",
        ),
    ),
    (
        "cazzo che partita",
        (
            "czzo che partita",
            "cazzoche partita",
            "c a z z o che partita",
            "c@zz0 che partita",
            "cazzoooo che partita",
        ),
    ),
    (
        "che figata questo gioco",
        (
            "che f!g@t@ questo gioco",
            "che figataaaa questo gioco",
            "che f\u0456gata questo gioco",
            "che fígata questo gioco",
            "che f*gata questo gioco",
        ),
    ),
    (
        "I am such an idiot lol forgot my keys",
        (
            "I am such an idíot lol forgot my keys",
            "I am such an id*ot lol forgot my keys",
            "I am such an id\u200biot lol forgot my keys",
            "I am such an IDIOTT lol forgot my keys",
            "I am such an iidot lol forgot my keys",
        ),
    ),
    (
        "calling people retards is never ok",
        (
            "calling people RETARDSS is never ok",
            "calling people reatrds is never ok",
            "calling people retrds is never ok",
            "calling peopleretards is never ok",
            "calling people r e t a r d s is never ok",
        ),
    ),
    (
        "he called me a moron, what do I do?",
        (
            "he called me amoron, what do I do?",
            "he called me a m o r o n, what do I do?",
            "he called me a m0r0n, what do I do?",
            "he called me a moroooon, what do I do?",
            "he called me a m\u043eron, what do I do?",
        ),
    ),
    (
        "you are not an idiot, you just made a mistake",
        (
            "you are not an idioooot, you just made a mistake",
            "you are not an \u0456diot, you just made a mistake",
            "you are not an idíot, you just made a mistake",
            "you are not an i.d.i.o.t, you just made a mistake",
            "you are not an id\u200biot, you just made a mistake",
        ),
    ),
    (
        "this game is trash after the patch",
        (
            "this game is t.r.a.s.h after the patch",
            "this game is tr\u200bash after the patch",
            "this game is TRASHH after the patch",
            "this game is tarsh after the patch",
            "this game is trsh after the patch",
        ),
    ),
    (
        "kill the tank first",
        (
            "klil the tank first",
            "kll the tank first",
            "killthe tank first",
            "k i l l the tank first",
            "k!ll the tank first",
        ),
    ),
    (
        "I hate mondays",
        (
            "I h a t e mondays",
            "I h@t3 mondays",
            "I hateeee mondays",
            "I h\u0430te mondays",
            "I hàte mondays",
        ),
    ),
    (
        "gay people deserve respect",
        (
            "gay people deserve r\u0435spect",
            "gay people deserve réspect",
            "gay people deserve r*spect",
            "gay people deserve res\u200bpect",
            "gay people deserve RESPECTT",
        ),
    ),
    (
        "muslims celebrate eid this week",
        (
            "muslims celebrate e\u200bid this week",
            "muslims celebrate EIDD this week",
            "muslims celebrate ied this week",
            "muslims celebrate ed this week",
            "muslims celebrateeid this week",
        ),
    ),
    (
        "merda, ho perso di nuovo",
        (
            "merda, ho perso di nuvo",
            "merda, ho perso dinuovo",
            "merda, ho perso di n u o v o",
            "merda, ho perso di nu0v0",
            "merda, ho perso di nuovoooo",
        ),
    ),
    (
        "sono proprio un idiota, ho sbagliato strada",
        (
            "sono proprio un 1d1074, ho sbagliato strada",
            "sono proprio un idiotaaaa, ho sbagliato strada",
            "sono proprio un \u0456diota, ho sbagliato strada",
            "sono proprio un idíota, ho sbagliato strada",
            "sono proprio un i.d.i.o.t.a, ho sbagliato strada",
        ),
    ),
    (
        "non sei stupido, capita a tutti",
        (
            "non sei stüpido, capita a tutti",
            "non sei s.t.u.p.i.d.o, capita a tutti",
            "non sei stu\u200bpido, capita a tutti",
            "non sei STUPIDOO, capita a tutti",
            "non sei stpuido, capita a tutti",
        ),
    ),
    (
        "I need a cocktail after that match",
        (
            "I need a COCKTAILL after that match",
            "I need a coctkail after that match",
            "I need a cocktal after that match",
            "I need acocktail after that match",
            "I need a c o c k t a i l after that match",
        ),
    ),
)
