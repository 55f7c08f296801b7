"""Lines for the spelling7 probe (issue 8): hostile and clean base sentences of every
target kind, English and Italian, each with the spelled variants a functional hate suite
uses (swapped or missing letters, a missing or added space, leet, repeated letters,
Cyrillic homoglyphs, accents, symbols inside the word, a zero-width space, capitals).

The goal is that a variant is flagged whenever its base is, and that clean lines spelled
the same way stay clean. Written before the rules were read; the held-back part was
written last, before any rule changed, and is measured for counts only.
"""

from __future__ import annotations

# (base sentence, its spelled variants)
Case = tuple[str, tuple[str, ...]]

STUDIED_HOSTILE: tuple[Case, ...] = (
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
    (
        "sei un coglione",
        (
            "sei un \u0441oglione",
            "sei un cöglione",
            "sei un c*glione",
            "sei un cogl\u200bione",
            "sei un COGLIONEE",
            "sei un cogilone",
        ),
    ),
    (
        "stai zitto stronzo",
        (
            "stai zitto str\u200bonzo",
            "stai zitto STRONZOO",
            "stai zitto stornzo",
            "stai zitto strnzo",
            "stai zittostronzo",
            "stai zitto s t r o n z o",
        ),
    ),
    (
        "ma vaffanculo",
        (
            "ma vaffanclo",
            "mavaffanculo",
            "ma v a f f a n c u l o",
            "ma v4ff4ncul0",
            "ma vaffanculoooo",
            "ma v\u0430ffanculo",
        ),
    ),
    (
        "sei una merda",
        (
            "sei una m3rd4",
            "sei una merdaaaa",
            "sei una m\u0435rda",
            "sei una mérda",
            "sei una m.e.r.d.a",
            "sei una me\u200brda",
        ),
    ),
    (
        "quel tizio è un idiota",
        (
            "quel tizio è un idíota",
            "quel tizio è un i.d.i.o.t.a",
            "quel tizio è un idi\u200bota",
            "quel tizio è un IDIOTAA",
            "quel tizio è un idoita",
            "quel tizio è un idita",
        ),
    ),
    (
        "froci di merda",
        (
            "FROCII di merda",
            "forci di merda",
            "frci di merda",
            "frocidi merda",
            "f r o c i di merda",
            "fr0c! di merda",
        ),
    ),
    (
        "lui è proprio uno stronzo",
        (
            "lui è proprio unostronzo",
            "lui è proprio uno s t r o n z o",
            "lui è proprio uno 5tr0nz0",
            "lui è proprio uno stronzoooo",
            "lui è proprio uno str\u043enzo",
            "lui è proprio uno strönzo",
        ),
    ),
    (
        "siete tutti imbecilli",
        (
            "siete tutti imbecilliiii",
            "siete tutti \u0456mbecilli",
            "siete tutti imbécilli",
            "siete tutti imb*cilli",
            "siete tutti imbe\u200bcilli",
            "siete tutti IMBECILLII",
        ),
    ),
    (
        "gli zingari sono tutti ladri",
        (
            "gli zingari sono tutti l*dri",
            "gli zingari sono tutti la\u200bdri",
            "gli zingari sono tutti LADRII",
            "gli zingari sono tutti ldari",
            "gli zingari sono tutti ldri",
            "gli zingari sono tuttiladri",
        ),
    ),
    (
        "gli immigrati sono bestie",
        (
            "gli immigrati sono betsie",
            "gli immigrati sono beste",
            "gli immigrati sonobestie",
            "gli immigrati sono b e s t i e",
            "gli immigrati sono b3$713",
            "gli immigrati sono bestieeee",
        ),
    ),
    (
        "ti ammazzo",
        (
            "ti a m m a z z o",
            "ti 4mm4zz0",
            "ti ammazzoooo",
            "ti \u0430mmazzo",
            "ti ammàzzo",
            "ti a.m.m.a.z.z.o",
        ),
    ),
    (
        "ucciditi",
        ("u\u0441ciditi", "uccíditi", "u.c.c.i.d.i.t.i", "ucci\u200bditi", "UCCIDITII", "uccdiiti"),
    ),
    (
        "spero che tu muoia",
        (
            "spero che tu mu\u200boia",
            "spero che tu MUOIAA",
            "spero che tu mouia",
            "spero che tu muoa",
            "spero che tumuoia",
            "spero che tu m u o i a",
        ),
    ),
    (
        "sei un frocio",
        (
            "sei un froco",
            "sei unfrocio",
            "sei un f r o c i o",
            "sei un fr0c!0",
            "sei un frocioooo",
            "sei un fr\u043ecio",
        ),
    ),
    (
        "cretino che non sei altro",
        (
            "cr3t!n0 che non sei altro",
            "cretinoooo che non sei altro",
            "\u0441retino che non sei altro",
            "crétino che non sei altro",
            "cr*tino che non sei altro",
            "cre\u200btino che non sei altro",
        ),
    ),
    (
        "testa di cazzo",
        (
            "testa di càzzo",
            "testa di c*zzo",
            "testa di ca\u200bzzo",
            "testa di CAZZOO",
            "testa di czazo",
            "testa di czzo",
        ),
    ),
    (
        "tua madre è una puttana",
        (
            "tua madre è una PUTTANAA",
            "tua madre è una ptutana",
            "tua madre è una puttna",
            "tua madre è unaputtana",
            "tua madre è una p u t t a n a",
            "tua madre è una pu774n4",
        ),
    ),
    (
        "sei proprio un deficiente",
        (
            "sei proprio undeficiente",
            "sei proprio un d e f i c i e n t e",
            "sei proprio un d3f1c13n73",
            "sei proprio un deficienteeee",
            "sei proprio un d\u0435ficiente",
            "sei proprio un déficiente",
        ),
    ),
)

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
