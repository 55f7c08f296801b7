"""The italian36 probe (issue 8): Italian (and English) hate against identity groups in
two shapes the base missed, disgust at a group's ordinary act ("mi fa schifo vedere due
gay che si baciano") and contact or a chance refused to a group member ("non voglio un
collega gay", "non darei mai lavoro a un nero", "non farei mai giocare mio figlio con un
rom"); with clean look-alikes (the same words at no group, at oneself or a thing,
denied, kind, reported, asked, quoted). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # disgust at a group's ordinary act
    "mi fa schifo vedere due gay che si baciano", "è disgustoso che i gay si bacino in pubblico",
    "mi disgusta vedere i gay che si baciano per strada",
    "mi fa schifo vedere due lesbiche che si tengono per mano",
    "che schifo vedere due uomini gay che si baciano", "fa schifo vedere i neri sul tram",
    "mi fa vomitare vedere due gay mano nella mano", "è disgustoso vedere una donna col velo",
    "mi fa ribrezzo vedere i gay al gay pride",
    "seeing two lesbians kiss is disgusting", "gay couples holding hands in public is gross",
    # contact or a chance refused to a member
    "non voglio un collega gay", "non voglio un vicino musulmano", "non voglio un medico nero",
    "non voglio gay nella mia squadra", "non voglio vicini rom", "non voglio un capo donna",
    "non voglio un insegnante gay per mio figlio", "non voglio un coinquilino nero",
    "non darei mai lavoro a un nero", "non darei mai lavoro a un immigrato",
    "non darei mai un lavoro a una donna", "non darei mai la casa in affitto a un rom",
    "non farei mai giocare mio figlio con un rom",
    "non farei mai giocare mia figlia con un bambino nero",
    "non lascerei mai mio figlio con una babysitter musulmana",
    "non farei mai entrare un rom in casa mia", "non prenderei mai un badante straniero",
    "I wouldn't let my kids play with black kids", "I don't want a muslim neighbour",
    "I would never let my daughter date a black guy", "I don't want a gay teacher for my son",
    "I'd never give a job to an immigrant", "I wouldn't let a muslim babysit my kids",
    "no way I'm letting my kids play with gypsy kids",
)

TUNE_CLEAN: tuple[str, ...] = (
    # no protected group
    "non voglio un collega maleducato", "mi fa schifo vedere due che si picchiano",
    "non farei mai giocare mio figlio con un coltello", "non darei mai lavoro a un ladro",
    "non voglio un vicino rumoroso", "mi fa schifo vedere la gente che sputa per terra",
    "I wouldn't let my kids play with matches", "I don't want a noisy neighbour",
    # kind or neutral acts
    "che bello vedere due gay che si baciano",
    "non voglio un collega gay triste, voglio che stia bene",
    "mi piace vedere due lesbiche che si tengono per mano",
    "darei lavoro a chiunque, nero o bianco", "non voglio un lavoro",
    "non voglio un caffè, grazie", "seeing two gay men kiss is beautiful",
    "I'd let my kids play with anyone",
    # denied, countered, reported, asked, quoted
    "non mi fa schifo vedere due gay che si baciano",
    "chi dice che i gay fanno schifo sbaglia",
    "mio zio dice che non darebbe mai lavoro a un nero, che vergogna",
    "ti fa schifo vedere due gay che si baciano?",
    "\"non voglio un collega gay\" è una frase omofoba",
    "non è disgustoso che i gay si bacino in pubblico",
    "è razzista dire che non daresti lavoro a un nero",
    "mia madre non farebbe mai giocare mio figlio con un rom, e sbaglia",
    "would you let your kids play with black kids?",
    "saying you don't want a gay coworker is homophobic",
    # the self and things
    "mi fa schifo vedere la mia camera così sporca", "non voglio un altro lunedì così",
    "non farei mai giocare mio figlio con la playstation tutto il giorno",
    "non darei mai la mia macchina a un neopatentato", "è disgustoso il cibo della mensa",
    "non voglio un vicino che fa festa ogni notte",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che bella partita", "porca miseria ho perso il treno", "che figata, minchia",
    "holy shit that was amazing", "fuck yeah we won", "merda, ho dimenticato le chiavi",
)
