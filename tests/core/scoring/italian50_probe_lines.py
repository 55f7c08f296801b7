"""The italian50 probe lines (issue 8): an Italian functional hate-speech sweep (women,
gay and lesbian people, trans people, Muslims, Jews, Black people, immigrants and Roma,
disabled people) over expressed hate, derogation, dehumanisation, threats, calls for
exclusion, slurs, pronoun reference, negated positives, questions and opinions, and the
person-level put-downs still missed; clean lines in the same words. Written before any
rule."""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    "odio profondamente gli islamici", "le femmine valgono meno dei maschi",
    "i rom sono tutti ladri e parassiti", "gli africani sono bestie",
    "i trans sono feccia", "ammazzerò tutti i froci", "fuori gli zingari dall'italia",
    "le lesbiche sono malate", "i disabili non meritano di vivere",
    "perché gli ebrei sono così avidi?", "credo che i musulmani siano un cancro",
    "lurido negro", "bisognerebbe sterminarli", "bisognerebbe eliminarli tutti",
    "dovremmo ammazzarli tutti", "andrebbero sterminati tutti", "vanno ammazzati tutti",
    "gli stranieri? tutti a casa", "gli islamici? tutti da rimpatriare",
    "gli immigrati? tutti fuori", "i rom? fuori dall'italia",
    "rimandiamoli tutti in africa", "rispediamoli a casa loro",
    "cacciamoli tutti al loro paese", "gli zingari non devono stare qui",
    "i musulmani non dovrebbero vivere in italia", "i neri non devono restare qua",
    "lui non capisce mai un cazzo", "quello non capisce mai niente",
    "non capisci mai un cazzo", "quella non vale niente", "quel tizio non vale nulla",
    "sei una nullità", "lei è proprio una nullità", "i gay? li brucerei tutti",
)

TUNE_CLEAN: tuple[str, ...] = (
    "i musulmani festeggiano il ramadan", "le donne meritano rispetto",
    "dire che i neri sono animali è razzismo", "non odio nessuno",
    "gli ebrei celebrano la pasqua", "le persone trans meritano rispetto",
    "i disabili hanno diritto all'assistenza", "non è vero che le donne sono inferiori",
    "chi dice che i gay sono malati è ignorante", "i rom vivono in italia da secoli",
    "le zanzare? bisognerebbe sterminarle", "i bug? bisognerebbe eliminarli tutti",
    "bisognerebbe aiutarli tutti", "dovremmo ringraziarli tutti",
    "i nemici vanno eliminati tutti", "scrivere che andrebbero sterminati tutti è odio",
    "gli ospiti? tutti a casa dopo cena", "i bambini? tutti a casa alle otto",
    "i pacchi? rimandiamoli domani", "rimandiamoli a settembre gli esami",
    "i cani non devono stare qui", "gli stranieri devono avere gli stessi diritti",
    "io non capisco mai un cazzo", "non capisco mai un cazzo di questo gioco",
    "lui non capisce mai un cazzo?", "questo gioco non vale nulla",
    "quella partita non vale niente", "io sono una nullità a calcio",
    "i gay? li adoro tutti", "gli immigrati? tutti bravi ragazzi",
    "non penso che gli immigrati siano una piaga", "i nazisti volevano sterminare gli ebrei",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che partita", "porca miseria che gol", "minchia che caldo oggi",
    "porca puttana che traffico", "che cazzo di rigore ragazzi", "porco giuda ho vinto",
)
