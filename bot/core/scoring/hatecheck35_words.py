"""Word lists of the hatecheck35 round (targeting_hatecheck35.py): a named identity group
said never to do a civic or moral duty, with no insult word ("immigrants never pay taxes",
"muslims never integrate", "black people don't work", "gypsies never wash")."""

from __future__ import annotations

from typing import Final

# fmt: off
# The refusal before the duty: "never", "don't", "won't", "refuse to". Plural verb forms
# only, so one named person ("my muslim neighbour never works") has no hit at all.
REFUSALS: Final[tuple[str, ...]] = (
    "never", "never ever", "dont", "don t", "do not", "won t", "wont", "refuse to",
)
# The duties a stereotype says a group shirks: work, taxes, fitting in, the language,
# washing, giving back.
DUTIES: Final[tuple[str, ...]] = (
    "work", "pay taxes", "pay tax", "pay any taxes", "pay any tax", "pay their taxes",
    "integrate", "assimilate", "learn english", "learn the language", "learn our language",
    "wash", "bathe", "contribute", "do any work",
)
# The round's lexicon lines (insult.txt, hatecheck35): every refusal before every duty.
# Read only with a named identity group as the subject; in lexicon_compile's
# _ROUNDS_OWN_TERMS, so "work", "wash" or "taxes" become no other rule's known word.
OWN_TERMS: Final[frozenset[str]] = frozenset(
    f"{refusal} {duty}" for refusal in REFUSALS for duty in DUTIES
)
# Between the group and the refusal: "all immigrants just never work", "muslims will
# never integrate", "immigrants simply don't pay taxes". No "not" and no "they".
GAP: Final[frozenset[str]] = frozenset({
    "all", "just", "simply", "will", "can", "ever", "really", "literally", "basically",
    "honestly", "seriously", "still", "generally", "usually", "mostly", "mainly",
})
GAP_REACH: Final = 3
# Right after the duty, a time, place or employer: the group's custom or schedule, not a
# duty shirked ("jews don't work on the sabbath", "muslims don't work on eid", "they
# never work late", "immigrants don't work here").
SCHEDULES: Final[frozenset[str]] = frozenset({
    "on", "at", "in", "for", "with", "late", "early", "weekends", "sundays", "saturdays",
    "fridays", "today", "tonight", "tomorrow", "here", "there", "during", "until", "till",
    "overtime", "nights", "shifts", "together", "alone", "from",
})
# fmt: on
