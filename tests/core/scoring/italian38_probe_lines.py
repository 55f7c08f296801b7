"""The italian38 probe (issue 8): Italian hate against identity groups in the round's
shapes (a group given a habitual bad behaviour: "i musulmani si lamentano sempre", "i rom
non si lavano mai"; a group othered: "i neri non sono come noi", "un nero non sarà mai
italiano") and clean lines that look alike (non-protected groups, neutral or kind habits,
the self, denied, asked, reported, quoted). Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a group given a habitual bad behaviour
    "i musulmani si lamentano sempre", "i rom non si lavano mai",
    "le donne si lamentano sempre di tutto", "gli immigrati si lamentano sempre",
    "gli zingari non si lavano mai", "i neri si lamentano di tutto",
    "i rom puzzano sempre", "gli ebrei pensano solo ai soldi",
    "gli immigrati pretendono sempre tutto", "i musulmani mentono sempre",
    "le femministe piangono sempre", "i gay ostentano sempre",
    "gli stranieri sporcano sempre tutto", "i meridionali non hanno mai voglia di lavorare",
    "i rumeni imbrogliano sempre", "gli africani fanno sempre casino",
    "i rom non mandano mai i figli a scuola", "le donne parlano sempre troppo",
    "i cinesi copiano sempre tutto", "gli zingari chiedono sempre soldi",
    # a group othered
    "i neri non sono come noi", "i musulmani non saranno mai come noi",
    "i rom non sono come noi", "un nero non sarà mai italiano",
    "questi stranieri non sono dei nostri", "gli immigrati non sono come noi",
    "gli ebrei non sono come noi", "un marocchino non sarà mai italiano",
    "gli islamici non saranno mai dei nostri", "uno zingaro non sarà mai uno di noi",
    # older shapes kept
    "gli zingari rubano sempre", "i neri non lavorano mai",
    "gli immigrati non sono italiani e mai lo saranno",
    "i musulmani devono tornare a casa loro", "che tornino al loro paese questi negri",
)

TUNE_CLEAN: tuple[str, ...] = (
    # not an identity group
    "i politici si lamentano sempre", "i miei figli non si lavano mai lol",
    "i gatti non si lavano mai in inverno", "i clienti si lamentano sempre",
    "i tifosi della juve si lamentano sempre", "i miei colleghi pensano solo ai soldi",
    "i bambini parlano sempre troppo", "quei due non sono come noi",
    # neutral or kind habits
    "i musulmani digiunano durante il ramadan", "le donne sorridono sempre qui",
    "i rom ci aiutano sempre", "gli immigrati lavorano sempre tantissimo",
    # the self
    "io mi lamento sempre", "mi lamento sempre di tutto lo so",
    "non mi lavo mai i capelli la domenica", "noi italiani ci lamentiamo sempre",
    # denied, countered, asked
    "non è vero che i rom non si lavano", "chi dice che i musulmani si lamentano sempre?",
    "i musulmani si lamentano sempre?", "non è vero che i neri non sono come noi",
    "perché dici che gli immigrati non sono come noi?",
    "i neri sono come noi, punto",
    # reported, quoted
    "mio zio dice che i rom non si lavano mai, che vergogna",
    "\"i musulmani si lamentano sempre\" è solo un pregiudizio",
    "il solito razzista scrive che gli immigrati non sono come noi",
    # a thing, the team, travel and news
    "la lavatrice non si lava mai da sola", "il mio cane non sarà mai italiano ahah",
    "loro non sono come noi, sono della roma", "quel gatto non è come noi",
    "gli immigrati tornano nei loro paesi per le feste",
    "il ministro li ha rimandati a casa dopo il vertice",
    "mia nonna si lamenta sempre del tempo",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che freddo stamattina", "porca miseria ho perso il treno",
    "che palle sta pioggia", "minchia che partita ragazzi",
    "vaffanculo al lunedì", "merda, ho dimenticato le chiavi",
)
# fmt: on
