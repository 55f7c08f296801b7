"""The italian69 held-back lines (issue 8): other wordings of the same shapes as
italian69_probe_lines.py, written at the same time and before any rule; counted only at
the start and the end of the round.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "gli israeliani sono tutti criminali", "i palestinesi sono parassiti",
    "i ceceni sono tutti terroristi", "detesto gli israeliani", "detesto i palestinesi",
    "i ceceni fanno schifo", "israeliani bastardi", "ceceni di merda",
    "i serbi sono animali", "i bosniaci sono feccia", "i kosovari sono parassiti",
    "i cingalesi sono feccia", "i peruviani sono tutti ladri", "i ghanesi sono inferiori",
    "le cecene sono feccia", "le israeliane sono feccia", "le serbe sono tutte puttane",
    "le afghane sono inferiori", "le curde sono feccia", "i sikh sono parassiti",
    "gli ivoriani sono feccia", "i maliani sono animali", "odio i kosovari",
    "i palestinesi non sono esseri umani", "gli israeliani sono bestie, non persone",
    "i palestinesi sono una piaga", "gli israeliani vanno sterminati",
    "i musulmani sono veramente tutti bestie", "gli zingari sono tutti quanti bestie",
    "i rom sono solo bestie, altro che persone", "i neri sono soltanto bestie",
    "gli arabi sono tutti bestie", "i profughi sono solamente bestie",
    "gli ebrei sono tutti bestie", "i ceceni sono tutti bestie",
    "i serbi sono solo bestie", "le rom sono tutte bestie",
    "gli africani sono tutti bestie, non uomini", "i marocchini sono soltanto bestie",
    "i palestinesi sono semplicemente bestie",
)

HELD_CLEAN: tuple[str, ...] = (
    "gli israeliani vanno al mare a tel aviv", "i palestinesi vivono a gaza",
    "i ceceni parlano una lingua caucasica", "i serbi giocano bene a basket",
    "i bosniaci sono musulmani in gran parte", "i kosovari votano domenica",
    "le israeliane fanno il servizio militare", "le cecene portano il velo",
    "i sikh sono una comunità religiosa", "i peruviani sono gentilissimi",
    "i ghanesi parlano inglese", "gli ivoriani producono cacao",
    "ho amici israeliani e palestinesi", "i ceceni non sono terroristi",
    "i palestinesi non sono parassiti", "gli israeliani non sono criminali",
    "è razzismo dire che i ceceni sono terroristi",
    "secondo il giornale i serbi sono stati accusati di crimini",
    "chi scrive che i palestinesi sono bestie è un razzista",
    "le pecore sono solo bestie", "i cavalli sono tutti bestie stupende",
    "i maiali sono soltanto bestie", "le galline sono tutte bestie",
    "quei lupi sono solo bestie affamate", "i musulmani sono tutti bestie? che schifezza di frase",
    "non dite che gli zingari sono tutti bestie",
    "i kosovari hanno festeggiato in piazza", "le afghane chiedono di studiare",
    "le curde combattono l'isis", "i maliani sono arrivati a lampedusa",
    "i cingalesi hanno aperto un negozio", "i bosniaci hanno vinto",
    "i palestinesi sono un popolo", "gli israeliani sono un popolo",
    "i serbi sono ortodossi", "i ceceni sono fieri",
    "le serbe sono bravissime a pallavolo", "gli ecuadoriani ballano la salsa",
    "i peruviani mangiano il ceviche", "il libro racconta che i ceceni erano perseguitati",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che freddo stamattina", "porca troia ho vinto la lotteria",
    "minchia che buona questa pizza", "che palle questo traffico",
    "merda, il wifi non va", "porca puttana che goal",
)
# fmt: on
