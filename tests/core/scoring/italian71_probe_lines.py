"""The italian71 probe (issue 8): a person told they are less than a whole person or man
("sei un mezzo uomo", "sei una mezza sega", "sei un uomo a metà"), and a nationality used
as an adjective after a noun of a thing, which names no group ("i prodotti cinesi fanno
schifo", "i film americani fanno schifo"), while a people noun with the same adjective
("gli immigrati cinesi sono sporchi") and the bare group ("i cinesi fanno schifo") stay
hostile; and the clean lines in the same words that must stay clean (half asleep, half
way, neutral mentions, things, reports and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a person told they are half a man, half a person
    "sei un mezzo uomo", "sei mezzo uomo", "sei solo un mezzo uomo",
    "tu sei proprio un mezzo uomo", "sei una mezza sega", "sei solo una mezza sega",
    "sei una mezza calzetta", "sei proprio una mezza calzetta", "sei un uomo a metà",
    "sei davvero un uomo a metà", "sei una mezza donna", "sei mezza donna e basta",
    "sei una mezza persona", "sei un mezzo maschio", "ammettilo, sei un mezzo uomo",
    "lo sai che sei un mezzo uomo", "sei sempre stato un mezzo uomo",
    "sei e resterai una mezza sega", "zitto, mezza sega", "stai zitta mezza calzetta",
    # a people noun with the adjective, the bare group
    "gli immigrati cinesi sono sporchi", "i cinesi fanno schifo",
    "le donne cinesi fanno schifo", "i ragazzi africani sono sporchi",
    "gli arabi fanno schifo", "i turchi sono spazzatura",
    "le persone cinesi fanno schifo", "i migranti africani sono feccia",
    "gli uomini arabi fanno schifo", "i rumeni sono tutti ladri",
    "i cinesi sono sporchi", "gli americani fanno schifo",
    "le ragazze rumene sono tutte puttane", "gli zingari rumeni fanno schifo",
    "i bambini rom sono tutti ladri",
)

TUNE_CLEAN: tuple[str, ...] = (
    # half, but no one told they are half a man
    "sei mezzo addormentato", "sei a metà strada", "un uomo a metà del percorso",
    "sei mezzo bagnato, asciugati", "il centauro è mezzo uomo e mezzo cavallo",
    "ho letto mezzo libro ieri", "sei a metà del livello?", "ho mangiato mezza pizza",
    "sei mezzo italiano e mezzo francese?", "mi sento un uomo a metà senza di te",
    "mi sento una mezza sega oggi", "sono proprio una mezza calzetta a scacchi",
    "dire a qualcuno che è un mezzo uomo è cattivo", "chi ti ha detto che sei un mezzo uomo?",
    "sei una mezza leggenda qui",
    # a nationality used as an adjective after a thing
    "i prodotti cinesi fanno schifo", "i film americani fanno schifo",
    "la cucina turca fa schifo", "i telefoni cinesi sono spazzatura",
    "le macchine tedesche sono una merda", "i ristoranti cinesi sono sporchi",
    "le canzoni arabe fanno cagare", "i prodotti cinesi sono spazzatura",
    "le serie americane fanno schifo", "i giocattoli cinesi sono pericolosi e fanno schifo",
    "i vestiti cinesi fanno schifo", "le strade africane sono sporche",
    "le auto francesi fanno schifo", "i treni italiani fanno schifo",
    "le spiagge turche sono sporche", "il calcio americano fa schifo",
    "la musica araba fa cagare",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che golazo", "che cazzo di tiro, bravo",
    "minchia che caldo oggi", "merda, ho perso il treno", "vaffanculo lunedì",
)
