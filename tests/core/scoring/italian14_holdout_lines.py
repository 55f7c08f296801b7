"""The italian14 held-back batch (issue 8): written after italian14_probe_lines.py and
before any rule, never read for misses; counted once at the start of the round and once
at the end. Same functions (Italian hate-speech statements about protected groups and
their clean contrasts), new wording.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "le donne sono esseri inferiori", "i musulmani sono una piaga",
    "gli omosessuali sono contro natura", "le persone disabili non servono a niente",
    "i neri sono bestie", "gli ebrei sono vermi", "i rom sono spazzatura",
    "gli immigrati sono dei delinquenti", "le donne sono tutte bugiarde",
    "i trans sono dei mostri", "l'immigrato è un parassita", "lo zingaro è sporco",
    "nessun ebreo è onesto", "nessuna donna sa fare questo lavoro",
    "nessun disabile è utile", "non esiste un rom onesto",
    "non ho mai incontrato un musulmano pacifico", "gli immigrati meritano di morire",
    "andrebbero fucilati tutti gli zingari", "bisogna cacciare i musulmani dal paese",
    "ammazzerò ogni frocio che vedo", "le donne meritano di essere picchiate",
    "i neri andrebbero rimandati in africa", "voglio che gli ebrei spariscano",
    "dovremmo sbarazzarci dei disabili", "i trans vanno eliminati",
    "ricchioni di merda", "brutti negri tornate a casa", "quella lesbica schifosa",
    "fottute femministe", "zingari del cazzo", "musulmani del cazzo",
    "gli immigrati? feccia", "ho visto due gay per strada, che schifo",
    "ci sono rom in stazione, andrebbero arrestati tutti", "perché i trans sono così disgustosi?",
    "secondo me i neri sono meno intelligenti", "credo che gli ebrei siano il male",
    "odio profondamente gli omosessuali", "i disabili mi fanno ribrezzo",
    "le donne non capiscono niente", "i musulmani sono tutti violenti",
    "gli 1mmigrati sono animali", "le donnne sono stupide", "i mussulmani puzzano",
)

HELD_CLEAN: tuple[str, ...] = (
    "porca miseria che gol", "cazzo che bella vittoria", "minchia che partita ieri",
    "che culo ragazzi", "porca troia, abbiamo vinto",
    "le donne sono esseri umani come tutti", "i musulmani sono nostri vicini",
    "gli omosessuali hanno diritto all'amore", "le persone disabili lavorano con noi",
    "i neri hanno fatto la storia della musica", "gli ebrei hanno una lunga tradizione",
    "i rom hanno subito discriminazioni", "gli immigrati pagano le tasse",
    "le donne sono brave ingegnere", "i trans sono persone", "l'immigrato ha aperto un negozio",
    "lo zingaro del romanzo è un eroe", "nessun ebreo deve essere discriminato",
    "nessuna donna merita la violenza", "nessun disabile dovrebbe essere escluso",
    "non esiste una razza inferiore", "ho conosciuto un musulmano molto simpatico",
    "dire che gli immigrati meritano di morire è disgustoso",
    "chi dice che le donne vanno picchiate deve essere denunciato",
    "non è vero che i rom rubano", "basta dire che i gay sono malati",
    "frasi come 'negri di merda' sono inaccettabili", "i neri non sono inferiori a nessuno",
    "le donne non sono oggetti", "gli immigrati non sono criminali",
    "questo telefono è una merda", "il traffico mi fa schifo", "odio la pioggia",
    "questa pizza fa cagare", "il server è un disastro", "ammazza quanto è bello",
    "ho visto due gay per strada, che carini", "ci sono rom in stazione che suonano",
    "perché i trans sono spesso discriminati?", "secondo me le donne sono più brave a scuola",
    "credo che gli ebrei abbiano sofferto molto", "amo profondamente la mia ragazza",
)

# fmt: on
