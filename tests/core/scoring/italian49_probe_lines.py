"""The italian49 probe lines (issue 8): a third person or group put down in Italian chat
with no plain insult aimed by the older rules (a personal pronoun subject, a longer tail
after "zitte"), and clean lines in the same words. Written before any rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "lui non capisce un cazzo", "lei non sa fare niente", "lui non sa fare un cazzo",
    "lei non capisce niente", "lui non vale niente", "lei non vale un cazzo",
    "quella non capisce una sega", "questo non sa fare una sega", "lui non capisce nulla",
    "lei non sa fare nulla", "quello non vale nulla", "lui non capisce mai un cazzo",
    "lei non sa fare proprio niente", "lui è proprio uno scarso", "lei è un'incapace",
    "quel tipo è una nullità", "lui è proprio un incapace", "lei è proprio una nullità",
    "quella è una scarsa", "lui è una nullità totale", "le ragazze? zitte e in cucina",
    "le donne? zitte e a casa", "le donne, zitte e a lavare i piatti",
    "le femmine? zitte e in cucina a fare da mangiare", "stai zitta e torna in cucina",
    "stai zitta e vai a lavare i piatti", "torna in cucina e stai zitta",
    "le donne zitte e in cucina", "lui non sa giocare un cazzo",
    "lei non capisce un cazzo di niente",
    "quella tizia non vale un cazzo", "lui è un buono a nulla", "lei è una buona a nulla",
    "sta zitta e torna a casa", "zitta e in cucina",
)

TUNE_CLEAN: tuple[str, ...] = (
    "lui non capisce l'inglese", "lei non sa fare niente di male",
    "io non capisco un cazzo", "non capisco un cazzo di questo gioco lol",
    "lui non capisce un cazzo?", "lei non sa fare niente?",
    "mi ha detto che lui non capisce niente",
    "che partita cazzo", "lui non capisce perché", "lei non sa dove andare",
    "lui non vale la pena di aspettarlo", "lei non sa niente della festa",
    "lui non capisce niente di calcio ma è simpatico", "lei non sa fare niente senza il caffè lol",
    "io non so fare niente in cucina", "non so fare un cazzo con questo mouse",
    "lui è proprio uno scarso? non credo", "lei è un'incapace? ma no, è bravissima",
    "lui non è un incapace", "lei non è una nullità",
    "le ragazze sono in cucina a preparare la cena", "le donne? zitte? ma figurati",
    "stai zitta che c'è la sorpresa", "torna in cucina che brucia il sugo",
    "zitte e in cucina è una frase sessista", "non dire mai zitte e in cucina",
    "lui dice che lei non capisce niente, ma sbaglia", "lei non capisce il francese",
    "lui non sa nuotare", "quella canzone non vale niente secondo me",
    "questo gioco non vale un cazzo", "io sono proprio uno scarso oggi",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che caldo", "che cazzo di goal ragazzi",
    "minchia che bello", "cazzo ho vinto", "porco cane ho perso il treno",
)
