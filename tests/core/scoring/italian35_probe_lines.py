"""The italian35 probe (issue 8): Italian posts that call a named politician a name
(a surname and a bare insult: "zingaretti pagliaccio", "meloni ladra"; "quella ladra
della meloni"; "meloni sei una ladra"; "zingaretti vergognati"; "meloni dimettiti,
incapace"; "salvini a casa!") and clean posts that look alike (the surnames with neutral
words, the fruit "meloni", praise, questions, reported speech, counter-speech, the same
insults at no one, at oneself or at a thing). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a surname and a bare insult
    "zingaretti pagliaccio", "meloni ladra", "la meloni ladra", "zingaretti incapace",
    "meloni venduta", "draghi venduto", "santanchè ladra", "crosetto ladro",
    "meloni traditrice", "zingaretti buffone!!", "salvini ladro", "renzi venduto",
    "ladra meloni", "zingaretti incompetente", "schlein buffona",
    # "quel pagliaccio di X"
    "quella ladra della meloni", "quel buffone di zingaretti", "quel venduto di draghi",
    "quel pagliaccio di zingaretti",
    # "X vergognati", "X dimettiti"
    "zingaretti vergognati", "meloni vergognati ladra", "meloni dimettiti, incapace",
    "zingaretti dimettiti incompetente",
    # "X sei un buffone"
    "meloni sei una ladra", "zingaretti sei un pagliaccio", "renzi sei un venduto",
    "salvini sei un ladro", "santanchè sei una ladra",
    # "X è un ..."
    "la meloni è una ladra", "zingaretti è un pagliaccio", "draghi è un venduto",
    "zingaretti è un incapace",
    # "X a casa!"
    "salvini a casa!", "meloni a casa subito", "zingaretti a casa!!",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the surnames with neutral words, the fruit
    "zingaretti oggi ha parlato", "meloni ha vinto", "ho comprato dei meloni",
    "meloni dolci", "i meloni di quest'anno sono buonissimi", "zingaretti a roma",
    "intervista a zingaretti stasera", "salvini a casa sua ha festeggiato",
    # praise
    "zingaretti bravo", "grande meloni", "meloni brava", "zingaretti ha fatto bene",
    # questions, reported speech, counter-speech, quotes
    "meloni ladra? non direi", "chi chiama meloni ladra sbaglia",
    "la meloni non è una ladra", "zingaretti non è un pagliaccio",
    "dire che zingaretti è un incapace è ingiusto",
    "salvini ha detto che renzi è un venduto", 'gridavano "meloni ladra" in piazza',
    "zingaretti è davvero un incapace?",
    # the same words at no one, at oneself, at a thing
    "il ladro è stato arrestato", "un ladro è entrato in casa stanotte",
    "ladri di biciclette è un bel film", "sono un ladro di cuori", "ho venduto la bici",
    "la casa è stata venduta", "la macchina venduta ieri", "il tradimento fa male",
    "il pagliaccio al circo era bravissimo", "sono proprio un incapace in cucina",
    "torno a casa dopo il lavoro", "vergognati un po' e poi ridi, scherzo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che caldo oggi", "porca miseria ho perso il treno",
    "che figata questa partita cazzo", "merda, ho dimenticato le chiavi",
    "vaffanculo al lunedì mattina", "porco cane che freddo",
)
# fmt: on
