"""The italian31 held-back batch (issue 8): written with the probe, in the same shapes
with other wording, and not read while the rules were built. Counted once, at the end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "renzi pagliaccio", "meloni buffona", "conte merda", "calenda merda",
    "salvini idiota", "la meloni incapace", "di maio pagliaccio", "letta incapace!",
    "draghi merda", "schlein incapace", "bonaccini buffone", "toninelli idiota",
    "gualtieri incapace", "tajani buffone", "crosetto pagliaccio", "santanchè bugiarda",
    "pagliaccio conte", "incapace draghi", "buffone di maio", "merda renzi",
    "la schlein bugiarda", "meloni scema", "berlusconi pagliaccio", "conte bugiardo",
    "salvini cretino", "piantedosi incapace", "nordio buffone", "zingaretti pagliaccio",
    "biden idiota", "macron pagliaccio",
    "non voglio moschee nella mia città", "non vogliamo una moschea qui",
    "non voglio un campo rom nel quartiere", "non vogliamo più campi rom in città",
    "non voglio sinagoghe nel mio paese", "non vogliamo una moschea nel nostro comune",
    "non voglio una moschea a due passi da casa", "non vogliamo moschee nelle nostre città",
    "non voglio campi rom vicino alla scuola", "non vogliamo moschee in europa",
)

HELD_CLEAN: tuple[str, ...] = (
    "renzi senatore", "meloni governo", "salvini domani", "conte avvocato",
    "calenda segretario", "draghi banchiere", "la schlein ieri", "tajani ministro",
    "meloni brava", "salvini a roma", "di maio ambasciatore", "letta professore",
    "che merda di tempo", "questo telefono fa schifo", "sono proprio un idiota",
    "merda, ho dimenticato le chiavi", "ho visto conte in tv, merda se è tardi",
    "chi scrive meloni bugiarda non ha argomenti", "io che ho votato renzi, che idiota",
    "la pizza di ieri era una merda",
    "non voglio una bolletta così alta", "non voglio un'antenna sul tetto",
    "non vogliamo cantieri nel quartiere", "non voglio andare in sinagoga sabato",
    "non vogliamo nuove tasse", "non voglio un gatto in casa",
    "dire non vogliamo moschee è solo odio", "la sinagoga apre alle dieci",
    "vogliamo una moschea nuova nel quartiere", "non voglio un centro commerciale qui",
    "non vogliamo parcheggi a pagamento", "non voglio un campo da padel sotto casa",
    "il campo rom è stato sgomberato ieri", "la moschea di roma è bellissima",
    "non voglio una casa in campagna", "non vogliamo rifiuti in strada",
    "chi dice che non vuole moschee è ignorante", "non voglio essere in ritardo",
    "non voglio un'altra multa", "non vogliamo la pioggia domani",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che parata", "porca puttana che freddo", "merda, ancora in ritardo",
    "che figata ragazzi", "minchia raga che serata", "madonna che caldo",
)
