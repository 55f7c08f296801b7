"""The italian58 probe (issue 8): a named group disliked or met with disgust at the sight
of it, in Italian: "non mi piacciono i gay", "i musulmani non mi piacciono", "a me i neri
non piacciono"; "ogni volta che vedo un nero mi viene da vomitare", "quando vedo due gay
mi viene il voltastomaco", "vedere un trans mi fa schifo"; and the clean lines in the same
words that must stay clean (things and people who are no group, disgust at what is done
to a group, counter-speech, reports, questions and denials). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # dislike said of a named group
    "non mi piacciono i gay", "non mi piacciono i musulmani", "non mi piacciono gli zingari",
    "non mi piacciono per niente gli immigrati", "non mi piacciono proprio i neri",
    "i gay non mi piacciono", "gli ebrei non mi piacciono per niente",
    "i trans non mi piacciono affatto", "a me i neri non piacciono",
    "a me gli immigrati non piacciono per niente", "le donne non mi piacciono, sono false",
    "sinceramente non mi piacciono i rom", "i disabili non mi piacciono",
    "a me i musulmani non piacciono proprio", "non mi piacciono gli africani",
    "onestamente i froci non mi piacciono", "non mi piacciono le lesbiche",
    # disgust at the sight of a named group
    "ogni volta che vedo un nero mi viene da vomitare",
    "quando vedo due gay che si baciano mi viene il voltastomaco",
    "quando vedo un trans mi viene la nausea", "se vedo una coppia gay mi viene da vomitare",
    "quando vedo una donna velata mi viene da vomitare",
    "ogni volta che vedo gli zingari mi viene il vomito",
    "quando vedo un musulmano mi viene la nausea",
    "se vedo un ebreo mi viene da vomitare", "quando vedo i rom mi viene il voltastomaco",
    "vedere due gay che si baciano mi fa schifo", "vedere un trans mi fa vomitare",
    "vedere i neri in giro mi fa schifo", "vedere gli immigrati mi disgusta",
    "solo a vedere un zingaro mi viene il vomito",
    "solo a vedere i gay mi viene la nausea",
    "ogni volta che incontro un musulmano mi viene da vomitare",
    "quando vedo le lesbiche mano nella mano mi viene il voltastomaco",
    "vedere due lesbiche che si baciano mi fa vomitare",
)

TUNE_CLEAN: tuple[str, ...] = (
    # dislike of things and of people who are no group
    "non mi piacciono i pomodori", "non mi piacciono i film gialli",
    "non mi piacciono i film gay", "non mi piacciono i gay pride troppo commerciali",
    "le zucchine non mi piacciono", "a me i film horror non piacciono",
    "non mi piacciono i politici", "i ragni non mi piacciono per niente",
    "non mi piacciono i tifosi della juve",
    # disgust at things, or at what is done to a group
    "quando vedo la pasta scotta mi viene da vomitare",
    "ogni volta che vedo un ragno mi viene la nausea",
    "quando vedo un nero picchiato mi viene da vomitare",
    "quando vedo i gay insultati mi viene il voltastomaco",
    "vedere un immigrato maltrattato mi fa schifo",
    "vedere la spazzatura in strada mi fa schifo",
    "quando vedo il sangue mi viene la nausea",
    # neutral and positive mentions
    "mi piacciono i gay, sono simpatici", "i musulmani mi piacciono molto",
    "quando vedo due gay felici mi viene da sorridere",
    "ogni volta che vedo un rom in difficoltà lo aiuto",
    # counter-speech, reports, questions and denials
    "dire che i gay non ti piacciono è omofobo",
    "mio zio dice che i neri non gli piacciono, che vergogna",
    "perché i musulmani non ti piacciono?", "non è vero che i gay non mi piacciono",
    "chi dice che vedere due gay gli fa schifo è un omofobo",
    "dire che ti viene da vomitare quando vedi un nero è razzista",
    "ha scritto che quando vede un trans gli viene la nausea, l'hanno bannato",
    "a chi non piacciono gli ebrei?", "non è che i rom non mi piacciano, anzi",
    "se vedo un ebreo lo saluto", "quando vedo un musulmano al bar ci chiacchiero",
    "vedere due gay che si sposano mi fa piacere",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che freddo oggi", "porca miseria ho perso il treno",
    "minchia che partita ieri sera", "merda, ho dimenticato le chiavi",
    "che figata pazzesca, cazzo", "porco cane, si è rotto il telefono",
)
