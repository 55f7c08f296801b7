"""The italian72 probe (issue 8): a people noun followed by a group word used as its
adjective, which names the group ("i bambini rom sono tutti ladri", "le famiglie rom
puzzano", "odio i ragazzi rom"); and a nationality after a thing with an adjective before
the thing, which names no group ("i nuovi telefoni cinesi fanno schifo"), while a people
noun there still does ("i nuovi immigrati cinesi sono sporchi"). The clean lines use the
same words: neutral mentions, negation, counter-speech, reports and things. Written
before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a people noun, then "rom" as its adjective: the group
    "i bambini rom sono tutti ladri", "i ragazzi rom sono tutti delinquenti",
    "gli uomini rom sono violenti", "le famiglie rom puzzano", "odio i bambini rom",
    "i bambini rom vanno cacciati", "non mi fido dei ragazzi rom",
    "quei ragazzi rom sono feccia", "le famiglie rom sono una piaga",
    "i ragazzi rom sono dei parassiti", "i bambini rom sono feccia",
    "le famiglie rom non lavorano mai", "i giovani rom sono violenti",
    "gli studenti rom sono tutti ignoranti", "i lavoratori rom sono dei ladri",
    "i bambini rom rubano sempre", "gli uomini rom sono bestie",
    "le famiglie rom sono dei parassiti", "i ragazzini rom sono tutti ladri",
    "i genitori rom sono delinquenti", "le persone rom fanno schifo",
    "i bambini rom di merda", "i vicini rom sono dei maiali", "tutti i ragazzi rom sono ladri",
    "i bambini rom sono dei criminali nati", "ste famiglie rom sono feccia",
    # the group still named with an adjective before it, or bare
    "i nuovi immigrati cinesi sono sporchi", "gli immigrati cinesi sono sporchi",
    "i cinesi fanno schifo", "i soliti cinesi fanno schifo",
    "quei maledetti immigrati africani sono animali",
    "le donne musulmane sono sottomesse e stupide",
    "i ragazzi neri sono tutti delinquenti", "gli uomini gay sono malati",
    "i nostri vicini cinesi sono sporchi",
)

TUNE_CLEAN: tuple[str, ...] = (
    # "rom" after a people noun, said kindly or neutrally, denied or reported
    "i bambini rom vanno a scuola", "i bambini rom giocano al parco",
    "le famiglie rom sono state sgomberate", "i ragazzi rom hanno vinto il torneo",
    "i bambini rom sono vittime di razzismo", "le famiglie rom meritano rispetto",
    "gli uomini rom lavorano duro", "i bambini rom non sono ladri",
    "i ragazzi rom non sono delinquenti", "dire che i bambini rom sono ladri è razzismo",
    "le famiglie rom vivono in condizioni difficili", "i giovani rom cercano lavoro",
    "smettetela di dire che i ragazzi rom sono feccia",
    # a nationality after a thing with an adjective before it: no group
    "i nuovi telefoni cinesi fanno schifo", "i vecchi telefoni cinesi fanno schifo",
    "le nuove auto francesi fanno schifo", "i soliti prodotti cinesi fanno schifo",
    "questi nuovi film americani fanno schifo", "i piccoli negozi cinesi sono sporchi",
    "le ultime serie turche fanno schifo", "i nuovi telefoni cinesi sono spazzatura",
    "i famosi ristoranti cinesi sono sporchi", "le vecchie strade africane sono sporche",
    "i grandi marchi tedeschi fanno schifo", "i ristoranti cinesi sono buoni",
    "le serie turche fanno schifo", "le donne musulmane celebrano il ramadan",
    "i primi telefoni cinesi erano spazzatura", "certi nuovi giochi giapponesi fanno schifo",
    "le solite app cinesi sono spazzatura", "i miei vecchi telefoni cinesi fanno schifo",
    "i nuovi modelli russi fanno schifo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che goal", "minchia che bello stasera",
    "cazzo ragazzi siamo in finale", "che figata pazzesca cazzo", "merda, ho perso il treno",
)
