"""The italian69 probe (issue 8): Italian identity attacks on national and ethnic groups
the lists lacked ("gli israeliani sono feccia", "i palestinesi sono tutti terroristi",
"odio i ceceni"), and a named group dehumanised with a bare "bestie" over an adverb ("i
musulmani sono tutti bestie", "gli zingari sono soltanto bestie"); and the clean lines
in the same words that must stay clean (neutral and positive mentions, news, negations,
counter-speech and reports, animals). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # groups the lists lacked
    "gli israeliani sono feccia", "i palestinesi sono feccia", "i ceceni sono feccia",
    "odio gli israeliani", "odio i palestinesi", "odio i ceceni",
    "i palestinesi sono tutti terroristi", "gli israeliani sono parassiti",
    "i ceceni sono animali", "israeliani di merda", "palestinesi di merda",
    "i serbi sono feccia", "i kosovari sono tutti ladri", "i bosniaci sono parassiti",
    "i peruviani sono feccia", "i cingalesi puzzano", "i ghanesi sono animali",
    "le israeliane sono tutte puttane", "le cecene sono bestie",
    "le siriane sono feccia", "le turche sono tutte ignoranti",
    "i sikh sono feccia", "gli ecuadoriani sono inferiori",
    "fuori i palestinesi dall'italia", "i ceceni non sono esseri umani",
    # a named group, "bestie" over an adverb
    "i musulmani sono tutti bestie", "gli zingari sono soltanto bestie",
    "i rom sono tutte bestie", "gli immigrati sono solamente bestie",
    "i negri sono tutti bestie, non persone", "gli israeliani sono tutti bestie",
    "i palestinesi sono solo bestie", "i ceceni sono bestie, non persone",
    "gli albanesi sono semplicemente bestie", "i musulmani sono soltanto bestie, non persone",
)

TUNE_CLEAN: tuple[str, ...] = (
    "gli israeliani votano oggi", "i palestinesi chiedono la pace",
    "i ceceni sono un popolo del caucaso",
    "il rapporto dice che i ceceni sono stati perseguitati",
    "dire che i musulmani sono bestie è razzismo",
    "le mucche sono bestie, non persone", "le mucche sono solo bestie",
    "i leoni sono tutti bestie feroci", "i miei cani sono tutti bestie affettuose",
    "gli israeliani non sono feccia", "i palestinesi non sono terroristi",
    "i serbi hanno vinto la partita", "i kosovari festeggiano l'indipendenza",
    "i bosniaci ricordano srebrenica", "le israeliane hanno vinto l'oro",
    "i sikh portano il turbante", "i peruviani cucinano benissimo",
    "amo i palestinesi e gli israeliani", "i ceceni sono molto ospitali",
    "non è vero che gli israeliani sono parassiti",
    "chi dice che i palestinesi sono feccia è un razzista",
    "i cingalesi lavorano nei ristoranti di roma", "le siriane scappano dalla guerra",
    "le turche sono bravissime a pallavolo",
    "i palestinesi sono tutti bestie? no, sono persone come noi",
    "i tori sono soltanto bestie", "quelle scimmie sono tutte bestie",
    "i ghanesi sono arrivati ieri", "gli ecuadoriani sono simpatici",
    "i giornali scrivono che i serbi sono criminali di guerra",
    "smettetela di dire che i rom sono tutti bestie", "i ceceni hanno sofferto molto",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che bello il viaggio in israele", "porca miseria che caldo oggi",
    "minchia che partita ragazzi", "cazzo, ho perso il treno di nuovo",
    "che figata questo concerto porca puttana", "merda, mi sono dimenticato le chiavi",
)
# fmt: on
