"""The italian43 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i rom sono da cacciare", "gli ebrei sono tutti da eliminare",
    "questi negri sono da rimpatriare", "le femministe sono da zittire",
    "i musulmani sono da espellere tutti", "gli zingari sono da eliminare uno per uno",
    "i froci sono da bastonare", "le trans sono da rinchiudere in manicomio",
    "gli immigrati sono solo da rispedire a casa loro", "i marocchini sono da cacciare via",
    "per me i rom sono da sterilizzare", "i neri sono da rimandare in africa",
    "sono da deportare tutti questi musulmani", "gli omosessuali sono da curare",
    "un nero non sarà mai italiano davvero", "una donna non sarà mai brava come un uomo",
    "un gay non sarà mai un vero uomo", "i musulmani non saranno mai italiani veri",
    "un marocchino non sarà mai uno di noi", "le donne non saranno mai intelligenti quanto noi",
    "uno zingaro non sarà mai una persona onesta", "un africano non potrà mai essere civile",
    "gli ebrei non saranno mai dei nostri", "un trans non sarà mai una vera donna",
    "un immigrato non sarà mai al nostro livello", "un albanese non diventerà mai italiano",
    "sappiamo dove abitate, negri", "vi veniamo a prendere tutti",
    "prima o poi vi troviamo, ebrei", "sappiamo dove vivete",
    "vi troveremo uno per uno", "so dove abitate",
    "vi veniamo a prendere, froci", "prima o poi vi troviamo tutti",
    "occhio zingari, sappiamo dove abitate", "sappiamo dove lavorate e dove abitate",
    "state attenti, vi troveremo", "vi verremo a prendere",
    "sappiamo dove abiti, troia", "musulmani, vi veniamo a prendere a casa",
)

HELD_CLEAN: tuple[str, ...] = (
    "i virus sono da eliminare", "le bollette sono da pagare entro lunedì",
    "i documenti sono da rinnovare", "le erbacce sono da estirpare",
    "i compiti sono da consegnare domani", "i vestiti vecchi sono da buttare",
    "gli anziani sono da proteggere", "i bambini sono da educare con pazienza",
    "i rifugiati sono da accogliere con dignità", "le vittime sono da risarcire",
    "nessuno dice che i rom sono da cacciare", "i pacchi sono da spedire tutti oggi",
    "le foto sfocate sono da cancellare", "questi errori sono da evitare",
    "non sarà mai un grande attaccante", "non sarà mai abbastanza tardi per imparare",
    "il mio vecchio motorino non sarà mai veloce", "questo governo non sarà mai all'altezza",
    "mio fratello non sarà mai un vero cuoco", "una donna non sarà mai sola con noi",
    "chi dice che un gay non sarà mai un vero uomo sbaglia",
    "l'allenatore non sarà mai all'altezza di Sacchi",
    "un amico non sarà mai dimenticato", "una promessa non sarà mai tradita",
    "non è vero che un nero non sarà mai italiano",
    "il nostro cane non sarà mai un vero cane da guardia",
    "sappiamo dove abitate, vi mandiamo le partecipazioni",
    "vi veniamo a prendere all'aeroporto", "vi veniamo a prendere alle nove",
    "prima o poi vi troviamo una casa più grande", "vi troviamo davanti al cinema",
    "sappiamo dove abitate, vi portiamo la pizza", "non sappiamo dove vivete, scriveteci",
    "vi troveremo dei biglietti per il concerto", "vi verremo a prendere dopo la scuola",
    "sappiamo dove abitate, passiamo per gli auguri",
    "vi veniamo a prendere con il pulmino", "vi troviamo alla festa stasera",
    "so dove abitate, vi lascio il pacco dal portiere",
    "vi troveremo un medico bravo",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che bello", "porca miseria piove ancora", "minchia che traffico",
    "merda, si è rotta la lavatrice", "che culo abbiamo vinto", "porca vacca che caldo",
)
