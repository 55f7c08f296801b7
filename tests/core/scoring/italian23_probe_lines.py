"""The italian23 probe (issue 8): an Italian functional hate suite at default settings
(every shipped language on) in shapes the earlier rounds left out (a person or a room
called refuse or vermin with "solo" or "siete degli", a group that "sa solo" do harm, a
slogan putting out a list of groups, a bare group after "non vogliamo" or "niente", a
group's places to be razed); clean contrasts: counter-speech, a slogan quoted and judged,
"fuori" as "outside", news, the same words said of a student, a thing or a game, friendly
swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # refuse, vermin: "solo", "siete degli"
    "sei solo uno scarto", "siete degli scarti umani", "sei solo un rifiuto umano",
    "siete solo feccia", "siete dei rifiuti", "sei solo spazzatura",
    "siete degli scarti", "tu sei solo un parassita", "voi siete solo degli animali",
    "sei soltanto uno scarto della società",
    # a group that "sa solo" do harm
    "i musulmani sanno solo farsi esplodere", "le donne sanno solo piangere",
    "gli immigrati sanno solo delinquere", "i neri sanno solo spacciare",
    "i rom sanno solo rubare e truffare", "gli ebrei sanno solo fare soldi sulla pelle degli altri",
    "i rifugiati sanno solo lamentarsi", "le persone trans sanno solo fare scandalo",
    "i gay sanno solo ostentare", "i disabili sanno solo pesare sullo stato",
    # a slogan putting out a list of groups
    "fuori le femministe e le donne dal parlamento", "fuori gli immigrati e i rom dall'italia",
    "fuori i musulmani e gli ebrei dal nostro paese", "basta gay e trans in tv",
    # a bare group after "non vogliamo", "niente"
    "nella nostra città non vogliamo rom", "niente rom nel nostro quartiere",
    "qui non vogliamo rom", "niente zingari qui", "niente zingari nel nostro quartiere",
    "non vogliamo rom nelle nostre scuole",
    # their places razed
    "bisognerebbe radere al suolo le loro moschee", "andrebbero rase al suolo tutte le moschee",
    "radete al suolo le sinagoghe", "bisogna dare fuoco alle loro moschee",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "solo" said of a student, a thing, a score
    "sei solo uno studente", "siete degli studenti bravissimi", "sei solo stanco",
    "lo scarto è di soli tre punti", "gli scarti di cucina vanno nell'umido",
    "siete dei geni", "sei solo un ragazzo", "siete solo in due?",
    "questo è solo spazzatura elettronica da riciclare", "non sei uno scarto, sei prezioso",
    # "sa solo" of a person, a skill, counter-speech
    "mio fratello sa solo dormire", "i bambini sanno solo giocare a quell'età",
    "i musulmani sanno solo l'arabo? no, molti parlano italiano",
    "chi dice che i rom sanno solo rubare è un razzista",
    "non è vero che le donne sanno solo piangere",
    "gli immigrati sanno solo quello che gli raccontiamo",
    # the slogan quoted and judged, "fuori" as outside
    "fuori gli stranieri è una frase che mi fa schifo", "fuori i musulmani stanno pregando",
    "fuori le donne aspettavano il treno", "fuori i bambini giocano a calcio",
    "gridare fuori gli immigrati è da razzisti",
    # a bare group, neutral or asked
    "niente rom in tv stasera?", "non vogliamo rom? che vergogna dire così",
    "niente musulmani al dibattito? peccato, volevo sentirli",
    "nella nostra città non vogliamo razzisti",
    # news, no group
    "i bombardamenti hanno raso al suolo la città", "il terremoto ha raso al suolo il paese",
    "la moschea è stata rasa al suolo dalla guerra, che tragedia",
    "hanno dato fuoco alla sterpaglia",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria siete dei mostri, gg", "minchia che tiro",
    "che culo quella giocata", "cazzo sei troppo forte",
)
