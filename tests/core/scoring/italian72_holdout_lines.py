"""The italian72 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "i bambini rom sono ladri", "le famiglie rom rubano sempre",
    "i ragazzi rom sono tutti criminali", "gli uomini rom picchiano le mogli",
    "le famiglie rom sono tutte parassiti", "odio le famiglie rom",
    "i giovani rom sono tutti spacciatori", "i bambini rom vanno tolti dalle strade",
    "non mi fiderei mai dei ragazzi rom", "quelle famiglie rom sono feccia",
    "i bambini rom sono sporchi", "i ragazzi rom sono delle bestie",
    "gli uomini rom sono tutti ladri", "i bambini rom puzzano",
    "le famiglie rom sono una vergogna", "i ragazzi rom vivono di furti",
    "i bambini rom sono dei parassiti", "i ragazzini rom sono delinquenti",
    "odio gli uomini rom", "le persone rom sono inferiori",
    "i bambini rom sono tutti dei ladri", "questi ragazzi rom sono animali",
    "i lavoratori rom sono parassiti", "gli studenti rom sono stupidi",
    "i genitori rom sono criminali", "i vicini rom sono sporchi",
    "i ragazzi rom sono feccia umana", "le famiglie rom vanno cacciate",
    "i bambini rom del cazzo", "tutti gli uomini rom sono violenti",
    "i nuovi immigrati africani sono sporchi", "i soliti immigrati cinesi fanno schifo",
    "gli arabi fanno schifo", "i cinesi sono sporchi",
    "le donne arabe sono stupide", "i ragazzi musulmani sono terroristi",
    "le donne nere sono scimmie", "i ragazzi gay sono malati",
    "quegli immigrati marocchini sono ladri", "gli immigrati cinesi puzzano",
)

HELD_CLEAN: tuple[str, ...] = (
    "i bambini rom vanno all'asilo", "le famiglie rom abitano qui vicino",
    "i ragazzi rom giocano a calcio", "le famiglie rom chiedono una casa",
    "i bambini rom sono bravi a scuola", "gli uomini rom cercano lavoro",
    "i ragazzi rom non sono criminali", "le famiglie rom non rubano",
    "chi dice che i bambini rom rubano è razzista", "i giovani rom studiano molto",
    "i bambini rom hanno diritto all'istruzione", "le famiglie rom subiscono discriminazioni",
    "i ragazzi rom hanno suonato al concerto", "non è vero che i bambini rom sono ladri",
    "i genitori rom portano i figli a scuola", "le persone rom meritano rispetto",
    "i nuovi telefoni cinesi sono pessimi", "i vecchi computer cinesi fanno schifo",
    "le nuove macchine tedesche fanno schifo", "i soliti film americani fanno schifo",
    "questi nuovi prodotti cinesi sono spazzatura", "i piccoli ristoranti cinesi sono sporchi",
    "le ultime canzoni inglesi fanno schifo", "i grandi supermercati francesi fanno schifo",
    "le nuove serie turche sono spazzatura", "i vecchi treni russi fanno schifo",
    "le famose birre tedesche fanno schifo", "i primi tablet cinesi erano spazzatura",
    "i miei nuovi auricolari cinesi fanno schifo", "le solite notizie americane sono spazzatura",
    "i nuovi caricabatterie cinesi sono pericolosi", "le vecchie auto giapponesi fanno schifo",
    "i ristoranti cinesi sono economici", "le serie americane fanno schifo",
    "i prodotti cinesi fanno schifo", "le donne musulmane pregano in moschea",
    "i bambini rom ridono", "le famiglie rom festeggiano il matrimonio",
    "i ragazzi rom sono simpatici", "gli uomini rom lavorano nei mercati",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca puttana che caldo oggi", "minchia che partita ragazzi",
    "madonna che spettacolo cazzo", "merda, ho dimenticato le chiavi",
    "cazzo che bella giornata",
)
