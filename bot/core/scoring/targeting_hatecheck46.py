"""Targeting rules of the hatecheck46 round (issue 8): a group's name or a slur written
obfuscated inside a hateful statement the scorer catches when it is spelled plainly.

The older spelling tables already read most of the functional suites' obfuscations:
letters swapped or dropped ("mulsims", "muslms", "immigrnts"), leet digits ("mus1ims",
"w0men", "1mmigrants"), spaces taken out or put in ("i hatemuslims", "m u s l i m s",
"mus lims") and one starred letter ("m*slims"). This round's readings are spellings too,
made before any rule runs, so the statement then passes every older rule exactly as the
plain spelling would and this class adds no reading of its own:

- dotted letters rejoined into a group's name hold their dots, which no longer end a
  sentence, nor does the dot closing them ("m.u.s.l.i.m.s are disgusting", "the
  r.e.f.u.g.e.e.s are leeches", "j.e.w.s. are vermin"): targeting_marks.outside_words,
  read by Context; a dotted name that is a typo of one ("m.u.s.1.i.m.s") is the name
  (matching.Matcher._segment);
- a starred name two names fit, two spellings of one group, is the first ("wom*n",
  "m*sl*ms"): hate_spelling.starred_group_name;
- "!" for "i" and "|" for "l" in a group's name ("musl!ms are terrorists", "mus|ims are
  rats", "|esbians are perverts"): hatecheck46_words.marked_group_names, a rewrite the
  scorer makes once, as spelling7 does for "!" in our hostile words;
- "9" or "6" for "g" in a slur ("ni99ers", "fa66ots"): hatecheck46_words.g_digit_spellings,
  a typo table built with the lexicon.

Stay clean, as spelled plainly: "m.u.s.l.i.m.s celebrate eid", "musl!ms are my friends",
"wom*n are amazing", "saying g.a.y.s are disgusting is wrong"; and words that only look
like a name ("mom", "muslin", "hinds", "u.s.a. won the gold").

Cost per message: none here; the spellings cost a set look-up per stop (outside_words,
a bisection), and a regex search only in messages with "!" or "|" before a letter.
"""

from __future__ import annotations

from bot.core.scoring.targeting_olid32 import Olid32Rules

__all__ = ["HateCheck46Rules"]


class HateCheck46Rules(Olid32Rules):
    """The chain's place of the hatecheck46 round, whose readings are spellings made before
    the rules (see the module's docstring): the older rules read the respelled names."""
