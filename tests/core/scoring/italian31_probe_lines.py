"""The italian31 probe (issue 8): Italian Telegram, Twitter and chat lines in the
round's shapes (a public figure's surname with an insult noun and no verb: "salvini
merda", "conte pagliaccio", "pagliaccio meloni"; a religion's or a people's place not
wanted: "non voglio una moschea nel mio quartiere", "non vogliamo campi rom") and clean
lines that look alike: a surname with praise or a neutral noun, the same frames at
things, self-talk, counter-speech, friendly swearing. Written before any rule.
"""

from __future__ import annotations

# fmt: off

TUNE_HOSTILE: tuple[str, ...] = (
    # a surname with an insult noun, no verb
    "salvini merda", "conte pagliaccio", "meloni pagliaccio", "calenda buffone",
    "di maio incapace", "meloni bugiarda", "la meloni bugiarda", "conte buffone",
    "draghi buffone!", "letta pagliaccio", "berlusconi merda", "renzi merda",
    "boldrini merda", "meloni merda!!", "pagliaccio meloni", "buffone calenda",
    "merda salvini", "conte incapace", "tajani incapace", "schlein pagliaccia",
    "la boldrini bugiarda", "meloni cretina", "salvini coglione!", "draghi criminale",
    "conte idiota", "zelensky pagliaccio", "grillo buffone", "salvini bugiardo",
    "mattarella pagliaccio", "meloni traditrice",
    # a religion's or a people's place not wanted
    "non voglio una moschea nel mio quartiere", "non vogliamo moschee in italia",
    "non voglio una sinagoga nella mia città", "non vogliamo campi rom",
    "non voglio un campo rom vicino casa", "non vogliamo moschee nel nostro paese",
    "non voglio moschee qui", "non vogliamo più moschee in europa",
    "non voglio una moschea sotto casa mia", "non vogliamo sinagoghe qui",
)

TUNE_CLEAN: tuple[str, ...] = (
    # a surname with a neutral noun or praise
    "salvini oggi", "renzi ministro", "meloni premier", "conte presidente",
    "draghi governo", "salvini a milano", "meloni genio", "calenda intervista",
    "letta segretario", "la meloni oggi a bruxelles", "di maio ministro",
    # insult nouns at things or oneself, with the surname elsewhere
    "che merda di giornata", "il traffico fa schifo", "sono un pagliaccio lo so",
    "merda ho perso il treno", "salvini ha parlato, merda, ho perso la diretta",
    "ho votato conte, che idiota sono stato", "io sono incapace con la meloni in tv",
    "chi dice salvini merda è un maleducato",
    # a place not wanted that is no group's
    "non voglio una multa", "non voglio un parcheggio sotto casa",
    "non vogliamo discariche nel nostro quartiere", "non voglio andare in moschea oggi",
    "non voglio una pizza stasera", "non vogliamo inceneritori in città",
    "dire che non vogliamo moschee è razzismo", "non ho niente contro le moschee",
    "vorrei una moschea più grande nel quartiere", "non voglio un cane in casa",
    "la moschea è chiusa oggi", "non vogliamo campi da calcio sintetici",
)

TUNE_SWEARING: tuple[str, ...] = (
    "cazzo che gol", "porca miseria che partita", "merda ho perso di nuovo",
    "che culo ragazzi", "minchia che bello", "vaffanculo al lunedì",
)
