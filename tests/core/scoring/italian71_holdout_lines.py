"""The italian71 held-back lines (issue 8): other wordings of the probe's shapes, written
at the same time as italian71_probe_lines.py and before any rule; counted only at the
start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "sei un mezzo uomo e lo sanno tutti", "tu sei un mezzo uomo", "sei davvero un mezzo uomo",
    "sei soltanto un mezzo uomo", "sei una mezza sega e basta", "sei proprio una mezza sega",
    "sei davvero una mezza calzetta", "sei solo una mezza calzetta", "sei proprio un uomo a metà",
    "sei solo un uomo a metà", "sei una donna a metà", "sei una persona a metà",
    "sei mezzo maschio", "sei un mezzo maschio e nient'altro",
    "sei una mezza donna, fattene una ragione",
    "resterai sempre un mezzo uomo", "sei stato sempre una mezza sega",
    "taci, mezza sega", "vattene mezzo uomo", "sei un mezzo uomo, altro che duro",
    "i cinesi sono sporchi e fanno schifo", "gli immigrati africani fanno schifo",
    "le donne arabe sono feccia", "i ragazzi cinesi sono spazzatura",
    "gli indiani fanno schifo", "i marocchini sono tutti ladri",
    "i lavoratori cinesi sono sporchi", "le persone africane fanno schifo",
    "i rumeni fanno schifo", "gli albanesi sono feccia",
    "i profughi africani sono spazzatura", "le ragazze cinesi sono tutte sporche",
    "i turchi fanno schifo", "gli ebrei fanno schifo", "i musulmani sono feccia",
    "i neri africani fanno schifo", "i migranti arabi sono spazzatura",
    "gli stranieri rumeni sono ladri", "i nigeriani sono tutti spacciatori",
    "gli uomini cinesi fanno schifo",
)

HELD_CLEAN: tuple[str, ...] = (
    "sei mezzo sveglio o no?", "siamo a metà strada ormai", "è un uomo a metà della sua carriera",
    "sei mezzo fradicio", "mezzo uomo e mezzo pesce, la sirena", "ho bevuto mezzo litro",
    "sei a metà dell'opera", "ho dormito mezza giornata",
    "mi sento un mezzo uomo dopo l'infortunio",
    "sono una mezza sega a cucinare", "non dire a tuo figlio che è un mezzo uomo",
    "perché dici che sei una mezza calzetta?", "sei mezzo addormentato stamattina",
    "ci vediamo a metà percorso", "sei a metà della salita",
    "i cellulari cinesi fanno schifo", "le serie tv americane fanno schifo",
    "la pizza americana fa schifo", "i computer cinesi sono spazzatura",
    "i mobili svedesi fanno schifo", "la birra tedesca fa schifo",
    "le moto giapponesi sono una merda", "i programmi americani fanno schifo",
    "le scarpe cinesi sono spazzatura", "i bagni turchi sono sporchi",
    "le città indiane sono sporche", "il cibo cinese fa schifo",
    "i supermercati cinesi sono sporchi", "le telenovele turche fanno schifo",
    "i vini francesi fanno schifo", "la politica americana fa schifo",
    "le birre belghe fanno schifo", "i formaggi francesi puzzano e fanno schifo",
    "le giacche cinesi sono spazzatura", "i tablet cinesi fanno schifo",
    "il caffè americano fa schifo", "i dolci arabi fanno schifo",
    "i negozi cinesi sono sporchi", "le fabbriche cinesi sono sporche",
    "i cartoni giapponesi fanno schifo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che freddo", "minchia che partita ragazzi",
    "merda, si è rotto il telefono", "che cazzo di bella giornata", "porco cane che fame",
)
