"""Words of the italian20 round (issue 8): Italian functional-hate shapes by group form,
and the chat jab answered kindly."""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian18_words as w18

# fmt: off
# "un ebreo fa schifo", "quella musulmana mi fa schifo": gamechat7's "fa schifo", read
# there only of a role, a player or the team, said of a named group's member.
SCHIFO_TERMS: Final[frozenset[str]] = frozenset({"fa schifo"})
# Between the member and "fa schifo": "mi fa proprio schifo" is another term.
SCHIFO_FILLERS: Final[frozenset[str]] = frozenset({
    "mi", "ci", "proprio", "davvero", "veramente", "tanto", "sempre",
})
SCHIFO_REACH: Final = 2
# After "fa schifo", what makes the group its topic, not its subject: "mi fa schifo chi li
# insulta", "un gay mi fa schifo come lo trattano".
SCHIFO_AFTER: Final[frozenset[str]] = frozenset({
    "chi", "come", "quando", "vedere", "sentire", "che", "il", "la", "lo", "quello",
})
# "se vedo un gay lo pesto", "quando incontro una trans la picchio": a threat whose clitic
# takes up the member met in the condition before it (italian18 reads "il prossimo
# <member> che vedo lo ammazzo").
CONDITIONS: Final[frozenset[str]] = frozenset({"se", "quando", "appena", "qualora"})
THAT: Final = "che"  # "ogni volta che vedo un gay lo pesto"
TIME: Final = "volta"
MEETING: Final[frozenset[str]] = frozenset({
    "vedo", "incontro", "becco", "trovo", "vedessi", "incontrassi", "beccassi",
    "trovassi", "vedro", "incontrero", "becchero", "trovero", "sento", "ribecco",
    "rivedo", "vediamo", "incontriamo", "becchiamo", "troviamo",
})
# Before the member met: "un gay", "qualche rom", "quel negro", "dei rom", "un altro".
MET_DETERMINERS: Final[frozenset[str]] = frozenset({
    "un", "una", "uno", "qualche", "quel", "quella", "quell", "quello", "dei", "degli",
    "delle", "altro", "altra", "ancora",
})
# Between the member and the clitic: where the member is met ("in giro", "qui").
MET_PLACE: Final[frozenset[str]] = frozenset({
    "in", "giro", "qui", "qua", "li", "la", "per", "strada", "vicino", "casa", "sotto",
    "mia", "nel", "mio", "quartiere", "ancora",
})
MET_PLACE_REACH: Final = 3
CLITICS: Final[frozenset[str]] = w18.CLITICS
ROM: Final = w18.ROM
NOT: Final[frozenset[str]] = frozenset({"non", "mai"})
MET_REACH: Final = 9  # "se" + a verb + a determiner + a group of two + a place + the clitic
# "fai schifo a giocare? no, sei bravissimo", "sei scarso? ma figurati, sei il migliore":
# the jab asked, then denied at the next sentence's start and turned to praise or a jest.
DENIALS: Final[frozenset[str]] = frozenset({
    "no", "nono", "macche", "figurati", "scherzo", "scherzavo", "scherzi", "naa",
})
# "ma" opens a denial only with one of these after it ("ma figurati", "ma dai", "ma no").
BUT: Final = "ma"
AFTER_BUT: Final[frozenset[str]] = frozenset({
    "no", "figurati", "dai", "va", "scherzo", "scherzavo", "quando", "macche", "che",
})
# The kind word the denial turns to, a few words on: praise, a welcome or a jest owned.
KIND: Final[frozenset[str]] = frozenset({
    "bravissimo", "bravissima", "bravo", "brava", "bravi", "migliore", "migliori",
    "grande", "grandissimo", "grandissima", "fortissimo", "fortissima", "forte", "forti",
    "mitico", "mitica", "campione", "campionessa", "genio", "top", "fenomeno", "resta",
    "restate", "bene", "scherzo", "scherzavo", "scherzando", "scherzi", "adoro",
    "adoriamo", "amo", "amiamo", "fortissimi", "bellissimo", "bellissima",
})
ANSWER_REACH: Final = 7
QUESTION_REACH: Final = 6  # "fai schifo [a giocare oggi]?": the question's end after the jab
# "un ebreo non è una persona" (italian18_words.LESSENED): humanity denied of one member
# only when the denial closes its clause or one of these follows; "un ebreo non è una
# persona cattiva" names a kind of person.
DENIED_HUMAN: Final[frozenset[str]] = frozenset({
    "non e umano", "non e umana", "non e un essere umano", "non e una persona",
})
HUMAN_TAILS: Final[frozenset[str]] = frozenset({
    "come", "vera", "vero", "davvero", "affatto", "proprio", "per", "ma", "e", "quindi",
})
# fmt: on
