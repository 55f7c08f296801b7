"""The italian35 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "zingaretti buffone", "meloni bugiarda e ladra", "la santanchè ladra",
    "zingaretti pagliaccio!!!", "salvini venduto", "la meloni venduta",
    "tajani servo", "zingaretti venduto", "meloni ladra!!", "lollobrigida ladro",
    "zingaretti incapace totale", "conte venduto", "la schlein venduta",
    "renzi ladro", "traditrice meloni",
    "quel ladro di salvini", "quella venduta della schlein", "quell'incapace di zingaretti",
    "quel pagliaccio di tajani", "quella buffona della meloni",
    "zingaretti vergognati!", "meloni vergognati venduta", "zingaretti dimettiti!",
    "santanchè dimettiti, ladra", "draghi dimettiti venduto",
    "zingaretti sei un buffone", "meloni sei una venduta", "schlein sei una ladra",
    "draghi sei un ladro", "zingaretti sei un incompetente",
    "la santanchè è una ladra", "zingaretti è un buffone", "renzi è un ladro",
    "la meloni è una venduta", "zingaretti è un incompetente",
    "meloni a casa!", "zingaretti a casa subito", "renzi a casa!!",
    "meloni ladra vergognati", "buffone zingaretti",
)

HELD_CLEAN: tuple[str, ...] = (
    "zingaretti ha parlato ieri sera", "la meloni ha vinto le elezioni",
    "ho mangiato due meloni", "meloni freschi al mercato", "meloni e cocomeri in offerta",
    "zingaretti in tv stasera", "zingaretti al congresso", "renzi a casa con la famiglia",
    "ottimo zingaretti", "brava la meloni", "zingaretti ha ragione",
    "meloni ha fatto un buon discorso",
    "meloni venduta? ma dai", "chi dice che zingaretti è un buffone sbaglia",
    "la meloni non è una venduta", "zingaretti non è un incapace",
    "chiamare la meloni ladra è scorretto", "renzi ha detto che salvini è un ladro",
    'scrivevano "zingaretti pagliaccio" sui muri', "la schlein è davvero una ladra?",
    "zingaretti è un incapace? no",
    "il ladro è scappato con la borsa", "hanno preso la ladra al supermercato",
    "il ladro gentiluomo è un bel romanzo", "sono una ladra di sorrisi",
    "ho venduto il motorino", "la villa venduta all'asta", "il quadro è stato venduto",
    "la traditrice del romanzo muore alla fine", "il pagliaccio della festa era simpatico",
    "in cucina sono un incapace", "vado a casa presto stasera", "resto a casa domani",
    "zingaretti a casa di amici", "il servo nella commedia di goldoni", "mi vergogno un po'",
    "zingaretti e meloni al dibattito", "meloni maturi e dolci", "il buffone di corte",
    "la meloni parla a milano",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bella giornata", "porca miseria che traffico", "merda ho perso il bus",
    "minchia che freddo stamattina", "porca puttana che partita", "vaffanculo alla pioggia",
)
# fmt: on
