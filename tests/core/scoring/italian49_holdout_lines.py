"""The italian49 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end."""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "lui non capisce proprio un cazzo", "lei non sa fare un cazzo", "lui non sa fare niente",
    "lei non capisce nulla", "lui non vale una sega", "lei non vale niente",
    "quella non sa fare nulla", "questa non capisce un cazzo", "lui non sa fare nulla di nulla",
    "lei non capisce mai niente", "quello non capisce una sega", "lui non sa combinare niente",
    "lei è proprio una scarsa", "lui è un'incapace totale", "quella tipa è una nullità",
    "lui è proprio una nullità", "lei è proprio un'incapace", "quel ragazzo è uno scarso",
    "lui è solo un incapace", "lei è una nullità assoluta", "le donne? zitte e in cucina",
    "le ragazze? zitte e a casa", "le mogli, zitte e a stirare",
    "le femmine? zitte e a lavare i piatti", "stai zitta e torna a cucinare",
    "stai zitta e vai in cucina", "torna in cucina, zitta", "le ragazze zitte e a casa",
    "lui non sa guidare un cazzo", "lei non capisce un cazzo e parla",
    "quel tizio non vale niente", "lui è un buono a niente", "lei è una buona a niente",
    "stai zitta e torna ai fornelli", "zitta e a casa", "lui non capisce una mazza",
    "lei non sa fare una mazza", "lui non vale nulla", "le donne? zitte e ai fornelli",
    "quello è proprio un incapace",
)

HELD_CLEAN: tuple[str, ...] = (
    "lui non capisce lo spagnolo", "lei non sa fare niente di cattivo",
    "io non capisco niente", "non capisco un cazzo di questa mappa",
    "lei non capisce un cazzo?", "lui non sa fare niente?", "ha scritto che lei non sa fare niente",
    "cazzo che gol", "lei non capisce come", "lui non sa cosa fare",
    "lei non vale la pena di chiamarla ora", "lui non sa niente del regalo",
    "lei non capisce niente di motori ma guida bene", "lui non sa fare niente senza occhiali lol",
    "io non so fare niente con excel", "non so fare una sega con questo controller",
    "lei è proprio una scarsa? non mi pare", "lui è un incapace? no, è bravo",
    "lei non è un'incapace", "lui non è una nullità",
    "le donne sono in cucina a fare la torta", "le ragazze? zitte? ma dai",
    "stai zitta che arriva la mamma", "torna in cucina che bolle l'acqua",
    "zitte e a casa è un insulto sessista", "mai dire stai zitta e torna in cucina",
    "lei dice che lui non capisce niente, ma non è vero", "lui non capisce il tedesco",
    "lei non sa sciare", "quel film non vale niente secondo me",
    "questa skin non vale un cazzo", "io sono proprio una nullità a scacchi",
    "noi non capiamo un cazzo di questo livello", "lui non capisce il problema",
    "lei non sa fare il caffè", "quello non vale il prezzo", "lui non sa ancora niente",
    "lei non capisce la battuta", "voi non capite un cazzo di questo livello lol",
    "io non valgo niente oggi",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca troia che freddo", "che cazzo di partita raga",
    "minchia che spettacolo", "cazzo ci siamo riusciti", "porca puttana ho perso le chiavi",
)
