"""The italian61 probe (issue 8): a named identity group reduced to a burden ("i disabili
sono solo bocche da sfamare", "gli immigrati sono un fardello per lo stato") or to a
mistake, a defect or a disease ("i trans sono uno scherzo della natura", "i gay sono
difettosi", "gli zingari sono la peste"); and the clean lines in the same words that must
stay clean (things, oneself, people who are no group, neutral and kind mentions,
negations, counter-speech, reports and questions). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a burden
    "i disabili sono solo bocche da sfamare",
    "gli immigrati sono altre bocche da sfamare",
    "gli anziani sono solo bocche inutili",
    "i disabili sono un fardello",
    "gli immigrati sono un fardello per lo stato",
    "le donne sono un fardello per gli uomini",
    "i disabili sono un onere per la società",
    "gli immigrati sono solo un onere",
    "i migranti sono tutti mantenuti",
    "gli stranieri sono dei mantenuti dello stato",
    "i rom sono dei mantenuti",
    "i disabili sono mangiapane a tradimento",
    "gli immigrati sono dei mangiapane a tradimento",
    "i disabili sono una palla al piede",
    "gli immigrati sono una palla al piede per l'italia",
    "gli immigrati sono un salasso per lo stato",
    "i disabili sono solo un costo",
    "i rifugiati sono un costo enorme",
    "i disabili sono pesi morti",
    "le donne sono solo un peso",
    "gli immigrati sono la rovina di questo paese",
    "i meridionali sono un peso morto",
    # a mistake, a defect, a disease
    "i trans sono uno scherzo della natura",
    "i gay sono uno scherzo della natura",
    "le lesbiche sono uno scherzo della natura",
    "i gay sono difettosi",
    "i disabili sono difettosi",
    "i gay sono malformati",
    "i trans sono degli errori",
    "i gay sono degli errori",
    "gli zingari sono la peste",
    "gli immigrati sono la peste dell'europa",
    "i disabili sono un errore della natura",
    "i musulmani sono un cancro",
    "tutti i neri sono un fardello",
)

TUNE_CLEAN: tuple[str, ...] = (
    # the same words about things or oneself
    "questo zaino è un peso",
    "la burocrazia è un cancro",
    "mi sento un peso per la mia famiglia",
    "questo mutuo è un fardello",
    "le tasse sono un fardello per le famiglie",
    "l'onere della prova spetta all'accusa",
    "le spese condominiali sono un onere",
    "mi sento una palla al piede",
    "questa dieta è un salasso",
    "le bollette sono un salasso",
    "il suo primo romanzo era uno scherzo della natura",
    "questi pezzi sono difettosi",
    "i freni erano difettosi",
    "ho fatto degli errori",
    "la corruzione è la peste di questo paese",
    "mi sento un mantenuto",
    # people who are no group
    "i miei figli sono ancora mantenuti dai genitori",
    "i miei coinquilini sono un fardello",
    "i ragazzi della squadra sono delle bocche da sfamare",
    # neutral and kind mentions, negations
    "i disabili non sono un peso",
    "gli immigrati non sono un fardello per lo stato",
    "i disabili non sono bocche da sfamare",
    "le persone trans non sono uno scherzo della natura",
    "i gay non sono difettosi",
    "gli immigrati non sono mantenuti dallo stato",
    "i disabili sono una risorsa",
    # counter-speech, reports and questions
    "dire che gli immigrati sono parassiti è razzismo",
    "chi dice che i disabili sono un fardello è un ignorante",
    "mio nonno diceva che gli zingari sono la peste, ma sbagliava",
    "è falso che gli immigrati sono dei mantenuti",
    "davvero pensi che i gay siano difettosi?",
    "i disabili sono un onere per la società?",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo, questo zaino è un fardello",
    "porca troia che salasso il dentista",
    "minchia, sono proprio una palla al piede oggi",
    "merda, ho fatto un errore",
    "vaffanculo bollette, siete un salasso",
    "cazzo che peso questa valigia",
)
