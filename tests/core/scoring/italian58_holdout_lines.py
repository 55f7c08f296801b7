"""The italian58 held-back lines (issue 8): other wordings of the round's shapes, written
at the same time as the probe and counted only at the start and at the very end.
"""

from __future__ import annotations

# fmt: off

HELD_HOSTILE: tuple[str, ...] = (
    "non mi piacciono gli ebrei", "non mi piacciono i trans", "non mi piacciono le donne",
    "non mi piacciono per niente i musulmani", "non mi piacciono proprio gli zingari",
    "i neri non mi piacciono", "i rom non mi piacciono per niente",
    "gli immigrati non mi piacciono affatto", "a me i gay non piacciono",
    "a me gli ebrei non piacciono proprio", "i musulmani non mi piacciono, punto",
    "francamente non mi piacciono i negri", "gli africani non mi piacciono",
    "a me le lesbiche non piacciono", "non mi piacciono i disabili",
    "le femministe e le donne in generale non mi piacciono",
    "ai miei amici e a me i froci non piacciono",
    "non mi piacciono i marocchini", "i cinesi non mi piacciono per niente",
    "sinceramente gli islamici non mi piacciono",
    "ogni volta che vedo un gay mi viene da vomitare",
    "quando vedo un nero mi viene il voltastomaco",
    "quando vedo due lesbiche mi viene la nausea",
    "se vedo un musulmano mi viene da vomitare",
    "ogni volta che vedo una trans mi viene il vomito",
    "quando vedo gli immigrati mi viene da vomitare",
    "quando vedo un ebreo mi viene la nausea",
    "se vedo due uomini gay che si tengono per mano mi viene il voltastomaco",
    "vedere un gay mi fa schifo", "vedere due lesbiche mi fa vomitare",
    "vedere i musulmani pregare mi fa schifo", "vedere una zingara mi disgusta",
    "vedere gli ebrei mi fa vomitare", "solo a vedere un nero mi viene la nausea",
    "solo a vedere i trans mi viene da vomitare",
    "ogni volta che incrocio uno zingaro mi viene da vomitare",
    "quando vedo le donne al volante mi viene il voltastomaco",
    "ogni volta che vedo un disabile mi viene la nausea",
    "quando vedo un africano mi viene da vomitare",
    "vedere i rom in centro mi fa schifo",
)

HELD_CLEAN: tuple[str, ...] = (
    "non mi piacciono i funghi", "non mi piacciono i film di guerra",
    "non mi piacciono i bar gay troppo rumorosi", "i peperoni non mi piacciono",
    "a me le serie tv non piacciono", "non mi piacciono gli avvocati",
    "i serpenti non mi piacciono affatto", "non mi piacciono i giochi online",
    "quando vedo il pesce crudo mi viene da vomitare",
    "ogni volta che vedo uno scarafaggio mi viene la nausea",
    "quando vedo un gay picchiato mi viene da vomitare",
    "quando vedo i rom sgomberati così mi viene il voltastomaco",
    "vedere una donna maltrattata mi fa schifo",
    "vedere i rifiuti sulla spiaggia mi fa schifo",
    "quando vedo una siringa mi viene la nausea",
    "vedere i bambini soffrire mi fa vomitare",
    "mi piacciono i musulmani che conosco", "i gay mi piacciono, sono divertenti",
    "quando vedo due donne felici insieme mi viene da sorridere",
    "ogni volta che vedo un immigrato in difficoltà lo aiuto",
    "dire che i neri non ti piacciono è razzista",
    "mia nonna dice che gli zingari non le piacciono, ma sbaglia",
    "perché i trans non ti piacciono?", "non è vero che gli ebrei non mi piacciono",
    "chi dice che vedere un nero gli fa schifo è un razzista",
    "dire che ti viene la nausea quando vedi un gay è omofobo",
    "ha detto che quando vede un musulmano gli viene da vomitare, vergognoso",
    "a chi non piacciono i gay?", "non è che le donne non mi piacciano",
    "se vedo un nero lo saluto come tutti", "quando vedo un gay al lavoro ci parlo",
    "vedere due uomini che si sposano mi fa piacere",
    "vedere un ebreo e un musulmano abbracciati mi commuove",
    "non mi piacciono i razzisti", "i fascisti non mi piacciono",
    "quando vedo un razzista mi viene da vomitare",
    "vedere gli omofobi mi fa schifo", "non mi piacciono le persone che odiano i gay",
    "le cipolle crude non mi piacciono", "non mi piacciono i cani che abbaiano",
)

HELD_SWEARING: tuple[str, ...] = (
    "cazzo che caldo", "porca puttana ho bucato una gomma", "minchia che bel gol",
    "merda, è finito il caffè", "che spettacolo cazzo", "porca vacca, piove ancora",
)
