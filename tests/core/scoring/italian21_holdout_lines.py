"""The italian21 held-back batch (issue 8): written with the probe, before any rule,
counted only at the start and the end of the round. New wording in the same shapes.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    # a group too <trait> for a role
    "le donne sono troppo sentimentali per fare il giudice",
    "i musulmani sono troppo arretrati per vivere qui",
    "i rifugiati sono troppo pigri per lavorare",
    "le donne sono troppo fragili per fare il chirurgo",
    "i neri sono troppo stupidi per studiare",
    "i disabili sono troppo limitati per avere un lavoro vero",
    "gli zingari sono troppo incivili per stare in città",
    "i gay sono troppo sensibili per fare il calcio",
    # a group that can do nothing
    "le donne non sanno fare niente di utile", "i rifugiati non sanno fare nulla",
    "gli ebrei non sanno fare altro che contare soldi", "i disabili non sanno fare niente",
    # out of the country
    "fuori i rom dall'italia", "via gli immigrati dal paese", "fuori neri dall'europa",
    "non c'è posto per i musulmani in italia", "nessun posto per i trans qui",
    "i musulmani andrebbero rimandati nel loro paese", "qui non vogliamo zingari",
    "via tutti gli stranieri dall'italia",
    # murder promised with "fare fuori"
    "li farei fuori tutti quei negri", "facciamoli fuori, questi froci",
    "bisogna farli fuori tutti, i musulmani", "i rom vanno fatti fuori",
    "prima o poi li facciamo fuori tutti, gli immigrati",
    # praise denied of every member
    "nessun rom ha mai lavorato in vita sua", "nessun musulmano è mai stato onesto",
    "nessun nero ha mai inventato niente",
    # chat abuse in its spellings
    "sei proprio un kazzone", "che testa di kazzo che sei", "vaffankulo a te",
    "ma vaffankulo idiota", "sei un cojone vero", "cojone che non sei altro",
    "negri d merda", "ebrei d merda", "sei un kretino", "kretino che non sei altro",
    "sei una testa di kazzo", "fankulo a te e al tuo clan",
)

HELD_CLEAN: tuple[str, ...] = (
    "chi dice che le donne sono troppo emotive per fare politica è un sessista",
    "non penso che gli immigrati siano troppo ignoranti per votare",
    "sono troppo felice per arrabbiarmi", "questo livello è troppo difficile per i nuovi",
    "il mio cane è troppo vecchio per correre", "ero troppo stanca per uscire",
    "siamo troppo lenti per questa mappa", "le donne possono fare tutto",
    "gli immigrati lavorano nei campi", "i rifugiati sono arrivati ieri a lampedusa",
    "non sanno fare niente senza internet, i ragazzi di oggi",
    "i nuovi non sanno fare niente all'inizio, è normale",
    "le mie piante non sanno fare niente da sole", "fuori dall'europa costa meno",
    "via garibaldi è bellissima", "fuori la palla, rimessa", "via il cappotto, fa caldo",
    "i rifugiati sono scappati dalla guerra", "non c'è posto per il divano in salotto",
    "nessun posto libero al cinema", "li facciamo fuori tutti in finale",
    "dai ragazzi, facciamoli fuori tutti", "li hanno fatti fuori ai quarti",
    "nessun immigrato è stato ferito", "nessuna donna ha mai vinto qui, speriamo cambi",
    "nessun rom è stato ascoltato", "odio la pioggia", "odio questo boss",
    "perché gli immigrati lasciano il loro paese?", "gli ebrei festeggiano hanukkah",
    "i musulmani pregano il venerdì", "dire che gli zingari sono ladri è razzismo",
    "non è vero che i neri non sanno fare niente", "le persone trans meritano rispetto",
    "i disabili hanno diritto a lavorare", "un kazzotto alla settimana e via scherzo",
    "abbiamo vinto, fuori i festeggiamenti", "il krkn è il boss finale",
    "la cucina dei rom è interessante", "i gay si sposano da noi dal 2016",
)

HELD_SWEARING: tuple[str, ...] = (
    "kazzo che colpo", "minkia ragazzi che vittoria", "porca troia che partita",
    "cazzo che bel gol", "ma ke kazzo di tiro pazzesco", "porco cane che sfiga",
    "mannaggia che sfortuna",
)
# fmt: on
