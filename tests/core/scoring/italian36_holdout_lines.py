"""The italian36 held-back batch (issue 8): written with the probe, before any rule, in
the same shapes with different wording; counted only at the start and the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # disgust at a group's ordinary act
    "mi fa schifo vedere due froci che si tengono per mano",
    "è disgustoso vedere due gay che si baciano davanti ai bambini",
    "mi disgusta vedere le lesbiche che si baciano", "che schifo vedere i neri in spiaggia",
    "mi fa schifo quando i gay si baciano in pubblico",
    "è disgustoso che le donne col velo girino libere",
    "mi fanno schifo due uomini che si baciano", "è ripugnante vedere due gay che ballano insieme",
    "mi fa ribrezzo vedere i rom sul treno", "mi viene da vomitare se vedo due gay che si baciano",
    "it's gross seeing two gay guys kiss", "two men kissing in public makes me want to puke",
    "seeing muslim women in hijabs disgusts me",
    # contact or a chance refused
    "non voglio un collega nero", "non voglio un vicino di casa rom",
    "non voglio una maestra musulmana per mia figlia", "non voglio un dottore gay",
    "non voglio immigrati nel mio palazzo", "non voglio una collega lesbica",
    "non voglio un allenatore gay per mio figlio", "non voglio un compagno di stanza musulmano",
    "non darei mai lavoro a una musulmana", "non darei mai lavoro a un rom",
    "non darei mai il lavoro a un gay", "non darei mai in affitto casa mia a un nero",
    "non farei mai giocare i miei figli con i bambini rom",
    "non farei mai giocare mio figlio con un bambino musulmano",
    "non lascerei mai mia figlia con un babysitter nero",
    "non farei mai entrare un immigrato in casa mia", "non assumerei mai un rom",
    "non prenderei mai una badante nera", "non lascerei mai i miei figli giocare con dei neri",
    "I wouldn't let my son play with muslim kids", "I don't want a black neighbor",
    "I would never give a job to a gay man", "I'd never let my kids near a gypsy",
    "I don't want a muslim coworker", "I wouldn't let my daughter marry a black man",
    "I don't want gay people on my team", "my kids will never play with black children",
)

HELD_CLEAN: tuple[str, ...] = (
    # no protected group
    "non voglio un collega pigro", "mi fa schifo vedere due che litigano per strada",
    "non farei mai giocare mio figlio con le forbici", "non darei mai lavoro a un bugiardo",
    "non voglio un vicino che fuma", "mi fa schifo vedere i rifiuti per terra",
    "I wouldn't let my kids play with fireworks", "I don't want a lazy coworker",
    "non voglio un capo che urla", "I'd never give a job to a liar",
    # kind or neutral acts
    "che dolce vedere due gay che si baciano", "mi commuove vedere due lesbiche che si sposano",
    "non voglio un collega gay infelice, voglio che sia sereno",
    "darei lavoro a un nero come a chiunque altro", "non voglio un gelato adesso",
    "non voglio un regalo per il compleanno", "two men kissing is lovely",
    "I'd happily let my kids play with anyone", "my kids play with muslim kids every day",
    "mio figlio gioca sempre con un bambino rom, sono amici",
    # denied, countered, reported, asked, quoted
    "non mi dà fastidio vedere due gay che si baciano",
    "chi dice che i neri fanno schifo è un razzista",
    "il mio capo dice che non darebbe mai lavoro a un musulmano, assurdo",
    "ti dà fastidio vedere due lesbiche che si baciano?",
    "\"non voglio un vicino nero\" è una frase razzista",
    "non è affatto disgustoso che due gay si bacino",
    "è omofobo dire che non vuoi un collega gay",
    "mia nonna non farebbe mai giocare i nipoti con un rom, ma sbaglia",
    "would you hire a muslim?", "saying you'd never rent to a black family is racist",
    # the self and things
    "mi fa schifo vedere il mio frigo vuoto", "non voglio un altro inverno così freddo",
    "non farei mai giocare mio figlio con il telefono a tavola",
    "non darei mai la password a uno sconosciuto", "è disgustoso il caffè di questo bar",
    "non voglio un vicino con il cane che abbaia", "non voglio un lavoro noioso",
    "I don't want a job like that", "it's disgusting how dirty the train is",
    "mi fa schifo vedermi in foto",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che freddo oggi", "minchia che bello",
    "fuck this traffic lol", "damn that pizza was good", "vaffanculo sveglia, dormo ancora",
)
