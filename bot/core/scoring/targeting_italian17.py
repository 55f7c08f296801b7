"""Targeting rules of the italian17 round (issue 8, fourteenth session): Italian hate
against groups at default settings, one general shape instead of more phrase lists.

- "<group> <verb of contempt, harm or living off others> <general object>": "l'islamico
  disprezza la nostra cultura", "gli stranieri sfruttano il nostro paese", "i migranti
  succhiano i nostri soldi", "i musulmani odiano l'italia", "gli immigrati ci
  sfruttano". The verbs (italian17_words.CONTEMPT_VERBS, identity_attack.txt lines) count
  only with a named group as their subject and a general object after them: something of
  "ours", the country, its society, its people or goods, "tutto", or another named group.
  "i padroni sfruttano i braccianti", "i musulmani disprezzano la violenza", "i russi
  invadono l'ucraina", "la pioggia rovina tutto" stay clean, as do denials and reports
  ("non è vero che gli immigrati sfruttano il paese").
- The verbs may be gerunds after "stanno" ("gli stranieri stanno sfruttando il paese"),
  participles right after "ha"/"hanno" ("gli islamici hanno invaso l'europa"; never
  "l'immigrato sfruttato nei campi", the one harmed) or infinitives after a verb of
  wanting or trying ("i musulmani vogliono invadere l'europa").
- Two plural verbs joined by "e" share the group and the object: "gli ebrei controllano e
  sfruttano il mondo", "i musulmani sfruttano e disprezzano il nostro paese".
- Living off others: "vive/vivono/campa/campano" with a tail of living off ("gli stranieri
  vivono a sbafo", "il clandestino campa di sussidi"); "gli immigrati vivono in italia"
  is no claim. Replacing and subjugating: "ci stanno sostituendo", "vogliono
  sottometterci", "sostituiscono gli italiani"; never "le donne sostituiscono gli uomini
  al lavoro".
- Disease and crime a group is said to bring: "i gay diffondono l'aids", "gli africani
  portano l'ebola"; never "i migranti portano i bambini a scuola".
- Respect, acceptance and duty refused, with a general object: "gli immigrati non
  rispettano le nostre leggi", "gli stranieri se ne fregano delle nostre regole"; and
  "non si integrano" with none.
- Threats in the singular with a group as the subject: "ogni immigrato dovrebbe essere
  ucciso", "l'arabo va impiccato"; "il boss deve morire" and "nessun immigrato deve
  morire" stay clean.
- "puzza" needs only the group as its subject: "il rom puzza", "lo straniero puzza di
  alcol"; "il formaggio puzza" names no group.

"nessun <group> è <insult>" opening its clause denies the insult of every member
("nessun musulmano è un terrorista", "nessuna donna è una puttana" were flagged); a virtue
or worth denied ("nessun clandestino è onesto", "... è una brava persona") stays an attack.

"arabo", "nero" and "femmina" after a generic determiner ("l'arabo è un ladro", "nessun
nero è affidabile", "la femmina è un oggetto") are read as a group noun by the scorer
before the rules (italian17_words.singulars_as_people), so every older group shape reads
them; "parlo arabo", "la maglia nera", "una gatta femmina" stay words.

The round's terms are group-only words (lexicon_compile), dropped by the scorer before
reading in a message that names no group, as hateprobe5's are.

Cost: one frozenset test of the hit's term per hit; only this round's verbs look back at
most five tokens (and three more for the group) and ahead at most four for the object.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import italian17_words as w
from bot.core.scoring.lexicon_sections import PRAISE_ANY
from bot.core.scoring.targeting_context import IDENTITY_NOTE, Context, Hit
from bot.core.scoring.targeting_hatecheck18 import HateCheck18Rules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_GENERAL_NOTE", "Italian17Rules"]

NOT_GENERAL_NOTE: Final = "no group said to do it to something general"
_SLURS: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK, Cat.SEXUAL_HARASSMENT})


class Italian17Rules(HateCheck18Rules):
    """A named group said to despise, ruin or live off something general."""

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """This round's verbs count only of a named group doing them to something general;
        anything else cancels them."""
        if hit.entry.term not in w.OWN:
            return super().probe4_aim(ctx, hit)  # most hits: one frozenset test
        if (
            self._i17_subject(ctx, hit)
            and not self._hc9_unsaid(ctx, hit)
            and not self._i17_view_denied(ctx, hit)
        ):
            return Kind.GROUP, IDENTITY_NOTE  # "gli stranieri sfruttano il paese"
        return Kind.OBJECT, NOT_GENERAL_NOTE  # "i padroni sfruttano i braccianti"

    def _denied_by_quantifier(self, ctx: Context, hit: Hit) -> bool:
        """The older denials, and "nessun <group> è <insult>" opening its clause: "nessun
        musulmano è un terrorista" denies the slur of every member; a virtue denied
        ("nessun clandestino è onesto", "... è una brava persona") stays an attack."""
        if super()._denied_by_quantifier(ctx, hit):
            return True
        tokens = ctx.tokens
        if w.NO_ONE.isdisjoint(tokens[max(0, hit.first - w.NO_ONE_REACH) : hit.first]):
            return False  # no "nessun" close before the hit (most hits)
        entry = hit.entry
        if entry.category not in _SLURS or not (
            w.WORTH.isdisjoint(entry.tokens) and self._cues[PRAISE_ANY].isdisjoint(entry.tokens)
        ):
            return False
        at = hit.first
        if at > 0 and tokens[at - 1] in w.IS_ARTICLES:
            at -= 1
        if at == 0 or tokens[at - 1] not in w.IS:
            return False
        return self._i17_no_member(ctx, at - 1)  # the copula: the group ends right before it

    def _i17_no_member(self, ctx: Context, at: int) -> bool:
        """ "nessun <group>" opening its clause and ending right before token `at` (the
        copula): every member denied ("nessun musulmano è ...", italian18's "nessun nero è
        umano")."""
        tokens = ctx.tokens
        for i in range(max(1, at - 3), at):
            if (
                tokens[i - 1] in w.NO_ONE
                and self._group_end(tokens, i) == at
                and (ctx.starts_sentence(i - 1) or (i > 1 and ctx.pause_after(i - 2)))
            ):
                return True
        return False

    def _i17_subject(self, ctx: Context, hit: Hit) -> bool:
        """A named group as the verb's subject (a few adverbs or "ci" between), and the
        object general; the group may close the clause before ("i rom? puzzano")."""
        tokens = ctx.tokens
        at = hit.first
        term = hit.entry.term
        if term in w.PARTICIPLES and (at == 0 or tokens[at - 1] not in w.PERFECT):
            return False  # "l'immigrato sfruttato nei campi": the one harmed
        floor = max(0, at - w.SUBJECT_REACH)
        us = wanting = False
        while at > floor and not ctx.pause_after(at - 1):
            if tokens[at - 1] in w.BETWEEN:
                at -= 1
                us = us or tokens[at] in w.US
                wanting = wanting or tokens[at] in w.WANTING
            elif self._i17_paired(ctx, at - 2):
                at -= 2  # "controllano e sfruttano": the first verb's subject
            else:
                break
        if at == 0 or (not wanting and (term in w.INFINITIVES or term in w.US_INFINITIVES)):
            return False
        if ctx.pause_after(at - 1):  # "gli immigrati? ci sfruttano"
            subject = self._i15_group_before(ctx, at)
        elif tokens[at - 1] in w.THEY:  # "... tanti musulmani. loro disprezzano ..."
            subject = self._i15_group_before(ctx, at - 1)
        else:
            subject = self._i17_group_heads_subject(ctx, at)
        if not subject:
            return False
        if term in w.STINK:  # "il rom puzza", not "puzza di bruciato"
            return w.STINK_IDIOMS.isdisjoint(tokens[hit.last : hit.last + 2])
        if term in w.UNINTEGRATED:
            return True  # "gli immigrati non si integrano"
        if term in w.SINGULAR_THREATS:  # "ogni immigrato dovrebbe essere ucciso"
            return w.NO_ONE.isdisjoint(tokens[max(0, at - 3) : at])  # not "nessun ..."
        if us or term in w.US_INFINITIVES:
            return True  # "gli immigrati ci sfruttano", "vogliono sostituirci"
        if term in w.REPLACING:
            return self._i17_object_in(ctx, hit.last, w.REPLACED)
        if term in w.LIVING:
            return self._i17_object_in(ctx, hit.last, w.LIVING_OFF)
        if term in w.SPREADING:
            return self._i17_object_in(ctx, hit.last, w.PLAGUES)
        return self._i17_general(ctx, hit.last)

    @staticmethod
    def _i17_view_denied(ctx: Context, hit: Hit) -> bool:
        """ "non penso che gli immigrati sfruttino il paese": the writer's view denied
        before the group, in the hit's sentence."""
        tokens = ctx.tokens
        start = ctx.sentence_start(hit.first, w.OPINION_REACH)
        return any(
            tokens[j] in w.OPINIONS and tokens[j - 1] in w.NOT for j in range(start + 1, hit.first)
        )

    def _i17_group_heads_subject(self, ctx: Context, at: int) -> bool:
        """A named group ends right before token `at`, not governed by a preposition, and
        heads the subject there ("gli immigrati | ci sfruttano"); italian18 and italian20
        ask it too."""
        tokens = ctx.tokens
        return any(
            self._group_end(tokens, i) == at
            and not self._hc9_governed(tokens, i)
            and self._i17_noun_of_subject(ctx, i)
            for i in range(max(0, at - 3), at)
        )

    def _i17_noun_of_subject(self, ctx: Context, i: int) -> bool:
        """The group named at token `i` heads the subject: a determiner or the clause's
        opening before it, or a people noun ("i ragazzi africani"); after another noun it
        is an adjective ("le aziende cinesi", "i prodotti cinesi")."""
        if i == 0 or ctx.pause_after(i - 1):
            return True
        before = ctx.tokens[i - 1]
        return (
            before in w.SUBJECT_BEFORE
            or before in self._cue_people
            or before in self._cue_person_noun
        )

    @staticmethod
    def _i17_object_in(ctx: Context, at: int, heads: frozenset[str]) -> bool:
        """The object from token `at`, past articles and prepositions, is one of `heads`:
        "vivono a sbafo", "vivono alle nostre spalle", "sostituiscono gli italiani"."""
        tokens = ctx.tokens
        for i in range(at, min(len(tokens), at + w.OBJECT_REACH + 1)):
            if ctx.pause_after(i - 1):
                return False
            if tokens[i] in heads:
                return True
            if tokens[i] not in w.OBJECT_LEADS and tokens[i] not in w.OURS:
                return False
        return False

    def _i17_general(self, ctx: Context, at: int) -> bool:
        """A general object from token `at`: "il paese", "la nostra cultura", "tutto",
        "delle nostre città", or a named group ("disprezza le donne")."""
        tokens = ctx.tokens
        if self._i17_paired(ctx, at - 1):
            at += 2  # "sfruttano e disprezzano il nostro paese": the second verb's object
        end = min(len(tokens), at + w.OBJECT_REACH + 1)
        for i in range(at, end):
            if ctx.pause_after(i - 1):
                return False
            word = tokens[i]
            group = self._group_end(tokens, i)
            if word in w.OURS or word in w.GENERAL_OBJECTS or group > 0:
                people = group > 0 or word in w.PEOPLE_OBJECTS
                after = max(group, i + 1)
                # "odiano gli uomini che mentono": some of them, not the people
                return not (people and after < len(tokens) and tokens[after] == w.RELATIVE)
            if word not in w.OBJECT_LEADS:
                return False
        return False

    @staticmethod
    def _i17_paired(ctx: Context, verb: int) -> bool:
        """A plural verb at token `verb` joined by "e" to the verb after it, in one
        clause: "controllano e (sfruttano)", "(sfruttano) e disprezzano"."""
        tokens = ctx.tokens
        return (
            0 <= verb < len(tokens) - 2
            and tokens[verb + 1] == w.AND
            and tokens[verb].endswith(w.PLURAL_VERB_ENDINGS)
            and tokens[verb + 2].endswith(w.PLURAL_VERB_ENDINGS)
            and not (ctx.pause_after(verb) or ctx.pause_after(verb + 1))
        )
