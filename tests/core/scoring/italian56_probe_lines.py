"""The italian56 probe lines (issue 8): a named group blamed as the author of an evil: a
harm said to be its fault ("la crisi è colpa degli immigrati", "la colpa è tutta degli
zingari"), its invention, work, plan or plot ("l'olocausto è un'invenzione degli ebrei",
"gli attentati sono opera dei musulmani"), willed, made, caused or brought by it ("la
guerra è stata voluta dagli ebrei", "le malattie le hanno portate gli immigrati"), or the
group behind it ("dietro il caos c'è sempre un ebreo"); clean lines in the same words
(the government, the weather, one's own fault, denials, questions, counter-speech, the
group as victim, neutral things a group made or runs). Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "la crisi è colpa degli immigrati", "è tutta colpa degli ebrei",
    "il degrado del quartiere è colpa dei rom", "la disoccupazione è colpa degli stranieri",
    "se le cose vanno male è colpa dei musulmani",
    "colpa dei gay se le famiglie si sfasciano", "la colpa è delle donne che lavorano",
    "la colpa è tutta degli zingari", "i furti in città sono colpa degli albanesi",
    "il covid è colpa dei cinesi", "l'olocausto è un'invenzione degli ebrei",
    "la pandemia è un'invenzione degli ebrei per fare soldi",
    "gli attentati sono tutti opera dei musulmani", "l'invasione è un piano degli ebrei",
    "la sostituzione etnica è un complotto degli ebrei",
    "la guerra è stata voluta dagli ebrei", "il virus è stato creato dai cinesi",
    "la crisi economica è stata causata dagli immigrati",
    "gli stupri in stazione sono provocati dagli africani",
    "l'aids è stato portato dai gay", "il terrorismo è finanziato dai musulmani",
    "lo spaccio nel parco è gestito dai marocchini",
    "la shoah è stata organizzata dagli ebrei stessi",
    "il comunismo l'hanno inventato gli ebrei",
    "la criminalità in aumento è colpa dei neri",
    "dietro ogni crisi ci sono sempre gli ebrei", "dietro il caos c'è sempre un ebreo",
    "tutti i nostri problemi sono colpa delle persone trans",
    "la povertà è colpa dei migranti", "gli incendi d'estate sono opera degli zingari",
    "il declino dell'Italia è colpa degli africani",
    "la droga nelle scuole è portata dagli stranieri",
    "le malattie le hanno portate gli immigrati",
    "colpa dei disabili se le tasse sono alte",
    "la violenza nelle strade è causata dai musulmani",
)

TUNE_CLEAN: tuple[str, ...] = (
    "non è colpa degli immigrati se c'è la crisi",
    "dire che la crisi è colpa degli immigrati è razzismo",
    "è colpa degli immigrati? no, è colpa del governo", "la crisi è colpa del governo",
    "il ritardo è colpa del treno", "è tutta colpa mia",
    "colpa dei compiti se non sono uscito",
    "mica è colpa dei rom se il comune non pulisce",
    "la crisi non è colpa dei musulmani",
    "il bagel è un'invenzione degli ebrei polacchi",
    "la pizza è un'invenzione dei napoletani",
    "la cena è stata organizzata dalla comunità ebraica",
    "la mostra voluta dai musulmani della città è bellissima",
    "il presepe vivente è stato creato dai ragazzi del paese",
    "l'olocausto è stato voluto dai nazisti", "la guerra è stata voluta dal governo",
    "il complotto degli ebrei è una bufala antisemita",
    "chi dice che il covid è colpa dei cinesi è un ignorante",
    "ha scritto che la crisi è colpa degli immigrati, che schifo",
    "gli ebrei furono le vittime dell'olocausto", "i gay non hanno nessuna colpa",
    "il festival è stato finanziato dalle donne imprenditrici",
    "dietro il palco ci sono i ragazzi rom che suonano",
    "il ristorante è gestito dai cinesi ed è ottimo",
    "la crisi colpisce soprattutto gli immigrati",
    "gli immigrati sono le prime vittime della crisi",
    "il razzismo è colpa dell'ignoranza",
    "la sostituzione etnica è un'invenzione dei razzisti",
    "sai di chi è la colpa? del governo, non dei migranti",
    "l'inflazione è colpa della guerra", "la pandemia è stata causata da un virus",
    "il coro è stato voluto dalle donne del quartiere",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca troia, ho perso di nuovo", "che palle questa pioggia",
    "minchia che caldo oggi", "vaffanculo al lunedì", "merda, ho dimenticato le chiavi",
)
