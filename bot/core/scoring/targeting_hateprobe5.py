"""Targeting rules from the fifth functional hate-speech probe (issue 8, hateprobe5).

Functional suites write derogation as claims about what a group does, cannot do or
must do, with no insult word in them:

- Harm the group is said to do: "trans people are ruining this fandom", "women ruin
  every game", "refugees have ruined this town", "gli immigrati stanno rovinando
  l'Italia". The `group_ruin` verbs count only with a named identity group as their
  subject, right before them (auxiliaries and adverbs between). A passive ("refugees
  are being destroyed") makes the group the victim; a negation ("aren't ruining
  anything") stops the reading; "this patch ruined the game" names no group.
- A skill denied to the group: "women cant do math", "black people can't think for
  themselves", "women are incapable of leading a team", "le donne non sanno guidare",
  "i meridionali non sanno lavorare". The `group_unable` words count only with a named
  group as subject before them (or right after them in a question: "why can't women
  drive?") and a `group_skill` word right after; "immigrants
  can't vote yet" and "disabled people can't get in, there is no ramp" deny a right
  or access, not a skill, and stay clean. Italian "sanno" needs "non" right before it.
- A place the group is told to keep to: "women should stay in the kitchen", "black
  people need to know their place", "gli stranieri devono tornare al loro paese",
  "i gay devono stare nascosti". The `group_place` words count only after a modal and a
  verb of staying or going, with a named group as the modal's subject; a negation
  ("women shouldn't have to stay home"), a time or condition after the place ("... stay
  home if they are sick") or a homeland with no going back ("devono restare nel
  paese fino al permesso") leave it clean.

Reported speech and counter-speech keep the earlier rules' reading. Both rules run only
on their own words' hits (the hit path), reading a few tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.hateprobe5_words import PROBE5_THREAT_WEIGHT, PROBE5_WEIGHT
from bot.core.scoring.lexicon import Entry, Lexicon
from bot.core.scoring.targeting_context import (
    IDENTITY_NOTE,
    NAMED_NOTE,
    SAID_OF_NOTE,
    Context,
    Hit,
)
from bot.core.scoring.targeting_hateprobe5_threats import NOT_PROMISED_NOTE, Probe5ThreatRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_OF_GROUP_NOTE", "HateProbe5Rules"]

NOT_OF_GROUP_NOTE: Final = "no group said to do it"
# Between a group and what it is said to do: auxiliaries, adverbs, "all".
# fmt: off
_AUXILIARIES: Final = frozenset({
    "are", "re", "r", "have", "has", "had", "been", "keep", "just", "all", "simply",
    "really", "literally", "totally", "slowly", "always", "basically", "already", "still",
    "actively", "truly", "even", "so", "now", "stanno", "stan", "hanno", "continuano",
    "sono", "tutti", "tutte", "sempre", "gia", "ormai", "solo", "proprio", "davvero",
    "veramente", "a",
})
# fmt: on
_CARRY_REACH: Final = 12  # how far back a group is looked for behind "they"
_AGENT_MARK: Final = "by"  # a doer named after the group may be who "they" are
# After "by (the)", a count, not a doer: "refugees moved in by the thousands. they ..."
_COUNTS: Final[frozenset[str]] = frozenset(
    {
        "thousands",
        "hundreds",
        "millions",
        "dozens",
        "tens",
        "scores",
        "droves",
        "numbers",
    }
)
_SUBJECT_REACH: Final = 4  # "gay people are all slowly ruining ...": auxiliaries skipped
# Past participles are the group's deed only after "have"; after "are"/"being" the
# group is the one harmed ("refugees are being destroyed").
_PERFECT: Final = frozenset({"have", "has", "had", "hanno", "ve"})
_PAST_ENDINGS: Final = ("ed", "ato", "utto")
# Praise in the same words: "women are destroying the competition", "destroying it".
_PRAISE_OBJECTS: Final = frozenset(
    {"it", "records", "stereotypes", "expectations", "barriers", "myths", "competition"}
)
# Between an inability word and the skill: "can't even", "incapable of", "unable to".
# fmt: off
_SKILL_BRIDGE: Final = frozenset({
    "even", "ever", "of", "to", "just", "properly", "really", "be", "simply", "possibly",
    "do", "basic", "simple", "di", "a", "nemmeno", "neanche", "neppure", "proprio", "mai",
    "fare", "la", "il", "le",
})
# fmt: on
_SKILL_REACH: Final = 3
# Before a place: the modal that makes it an order ("should", "devono"), the verb of
# staying or going, and what denies it ("shouldn't have to stay").
# fmt: off
_MODALS: Final = frozenset({
    "should", "must", "need", "needs", "ought", "gotta", "better", "have", "has",
    "devono", "dovrebbero", "debbono", "dovranno", "vanno", "andrebbero",
})
_STAY: Final = frozenset({
    "stay", "remain", "go", "get", "know", "keep", "kept", "return", "sent", "send",
    "shipped", "stare", "restare", "rimanere", "tornare", "tornarsene", "starsene", "tenuti",
    "tenute", "rimandati", "rimandate", "rispediti", "rispedite", "mandati", "mandate",
})
# "go back to their country", "sent back", "rimandati al loro paese"
_RETURN: Final = frozenset(
    {"back", "return", "sent", "send", "shipped", "tornare", "tornarsene", "rimandati"}
    | {"rimandate", "rispediti", "rispedite"}
)
_HOMELANDS: Final = frozenset({"paese"})
# italian17: a verb that is modal and verb of staying in one: "le donne appartengono alla
# cucina" (Italian only: the English readings stay as they were).
_BELONG: Final = frozenset({"appartengono", "appartiene"})
_NOT: Final = frozenset({"not", "t", "never", "non", "mai", "dont", "shouldnt"})
# A time, condition or reason after the place makes it advice: "stay home if you're sick".
_ADVICE_AFTER: Final = frozenset({
    "if", "when", "while", "during", "until", "because", "unless", "tonight", "today",
    "tomorrow", "se", "quando", "mentre", "durante", "finche", "perche", "stasera", "oggi",
    "domani", "safe", "safely",  # hatecheck15: "should get home safe tonight"
})
# hatecheck15: on the way home, not kept there ("women should stay safe walking home").
_ON_THE_WAY: Final = frozenset({
    "walking", "driving", "cycling", "heading", "coming", "travelling", "traveling", "safe",
})
# fmt: on
# A view denied before the group: "I don't think immigrants steal" (hatecheck15).
_OPINIONS: Final = frozenset(
    {"think", "believe", "reckon", "agree", "feel"}
    | {"penso", "credo", "ritengo", "pensiamo", "crediamo"}  # italian17: "non penso che"
)
_DONT: Final = frozenset({"t", "dont"})
_PLACE_REACH: Final = 7  # "should just stay at home", "devono restare chiusi"
_WHY: Final = frozenset({"why", "come"})  # "why can't women ...", "how come ..."
_ALL: Final = frozenset({"all", "the", "most"})
_OWN_WEIGHTS: Final = (PROBE5_WEIGHT, PROBE5_THREAT_WEIGHT)  # a cheap first test of `_is_own`
_NEEDS_NON: Final = frozenset({"sanno"})  # "non sanno guidare"
_NON: Final = frozenset({"non"})
# Notes that aim a hit rather than cancel it: the group reading replaces them.
_AIMING_NOTES: Final = frozenset({"", IDENTITY_NOTE, SAID_OF_NOTE, NAMED_NOTE})


class HateProbe5Rules(Probe5ThreatRules):
    """Harm a group is said to do, skills denied to it, a place it is told to keep to
    (and, from Probe5ThreatRules, violence promised to it)."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = self._cues
        self._ruin = cues["group_ruin"]
        self._unable = cues["group_unable"] | {"t"}  # "can't" ends in "t"
        self._skills = cues["group_skill"]
        self._places = cues["group_place"]
        self._they = cues["plural_pronoun"]

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note); this module's words read by their shape."""
        target, note = super().reread(ctx, hit, target, note)
        entry = hit.entry
        if not entry.person_only or entry.weight != PROBE5_WEIGHT:
            return target, note
        last = entry.tokens[-1]
        if self._framed_as_false(ctx, hit):  # review13: "it's a myth that immigrants steal"
            return Kind.OBJECT, NOT_OF_GROUP_NOTE
        if last in self._ruin:
            said = self._harm_said(ctx, hit)
        elif last in self._unable:
            said = self._skill_denied(ctx, hit)
        elif last in self._places:
            said = self._told_to_stay(ctx, hit)
        else:
            return target, note
        if not said:
            return Kind.OBJECT, NOT_OF_GROUP_NOTE  # "that thing is a wreck", "I can't think"
        if target is Kind.REPORTED or (note not in _AIMING_NOTES and last not in _NEEDS_NON):
            return target, note  # "people who say ...", "nobody thinks ...": it stands
        return Kind.GROUP, IDENTITY_NOTE

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """hateprobe4's shapes, except for this round's words: its pronoun carry-over
        would aim "countries they fled", "they can't find housing" or "they can kick
        ass" at a group named earlier; these words are read by their own shape in
        `reread`."""
        entry = hit.entry
        if entry.weight in _OWN_WEIGHTS and self._is_own(entry):
            if not self._probe5_shaped(ctx, hit):  # most of these hits: settled here, cheaply
                if entry.category is Cat.THREAT:
                    return Kind.OBJECT, NOT_PROMISED_NOTE
                return Kind.OBJECT, NOT_OF_GROUP_NOTE
            return None  # the shape holds: the other rules still see reported speech

        return super().probe4_aim(ctx, hit)

    def _probe5_shaped(self, ctx: Context, hit: Hit) -> bool:
        """Whether one of this round's hits has its shape (`reread` decides the rest)."""
        last = hit.entry.tokens[-1]
        if hit.entry.category is Cat.THREAT:
            return self._promised(ctx, hit) and self._group_object(ctx, hit)
        if last in self._ruin:
            return self._harm_said(ctx, hit)
        if last in self._unable:
            return self._skill_denied(ctx, hit)
        return self._told_to_stay(ctx, hit)

    def _hostile_word(self, word: str) -> bool:
        """Controls2Rules' test for a hostile word after an exclamation, with this round's
        words left out: alone they are no hostility ("Son of a bitch! Forgot my charger
        at home")."""
        return any(
            len(entry.tokens) == 1
            and entry.category is not Cat.PROFANITY
            and not self._is_own(entry)
            for _, entry in self._lexicon.anchors.get(word, ())
        )

    def _is_own(self, entry: Entry) -> bool:
        """One of this round's entries (hateprobe5_words.py), not a server's own term."""
        if not entry.person_only:
            return False
        last = entry.tokens[-1]
        if entry.weight == PROBE5_THREAT_WEIGHT:
            return last in self._harm
        return entry.weight == PROBE5_WEIGHT and (
            last in self._ruin or last in self._unable or last in self._places
        )

    def _group_subject(self, ctx: Context, at: int) -> bool:
        """A named identity group right before token `at`, auxiliaries between."""
        tokens = ctx.tokens
        i = ctx.back_over(at, _AUXILIARIES, _SUBJECT_REACH + 2) - 1
        if i < 0 or ctx.pause_after(i):
            return False
        if self._group_ending_at(tokens, i, at) >= 0:
            return True  # "muslims are ruining ...", "gay people are ruining ..."
        return tokens[i] in self._they and any(  # "Refugees moved in. They are ruining it"
            self._group_named_at(tokens, j, i) and not _doer_between(tokens, j, i)
            for j in range(max(0, i - _CARRY_REACH), i)
        )  # "immigrants are abused by gangs. they must be stopped": "they" may be the gangs

    def _harm_said(self, ctx: Context, hit: Hit) -> bool:
        """ "Immigrants are ruining ...", "women ruin ...", "refugees have ruined ..."."""
        tokens = ctx.tokens
        word = hit.entry.tokens[0]
        before = tokens[hit.first - 1] if hit.first > 0 else ""
        if word.endswith(_PAST_ENDINGS) and before not in _PERFECT:
            return False  # "refugees are being destroyed": harmed, not harming
        if hit.last < len(tokens) and tokens[hit.last] in _PRAISE_OBJECTS:
            return False  # "women are destroying the competition"
        if hit.last + 1 < len(tokens) and tokens[hit.last + 1] in _PRAISE_OBJECTS:
            return False
        for j in range(max(1, hit.first - 5), hit.first):
            if tokens[j] in _OPINIONS and tokens[j - 1] in self._deniers | _DONT:
                return False  # hatecheck15: "I don't think immigrants steal"
        return self._group_subject(ctx, hit.first)

    def _skill_denied(self, ctx: Context, hit: Hit) -> bool:
        """ "Women can't do math", "le donne non sanno guidare": a group, then a skill."""
        tokens = ctx.tokens
        first = hit.first
        if hit.entry.tokens[-1] in _NEEDS_NON:
            if first == 0 or tokens[first - 1] not in _NON:
                return False
            first -= 1
        elif first > 0 and tokens[first - 1] in _NON:
            return False
        at = hit.last
        if first > 0 and tokens[first - 1] in _WHY:
            at = self._asked_group_end(ctx, at)  # "why can't women drive?": the group after
            if at < 0:
                return False
        elif not self._group_subject(ctx, first):
            return False
        end = min(len(tokens), at + _SKILL_REACH + 1)
        while at < end and tokens[at] in _SKILL_BRIDGE and not ctx.pause_after(at - 1):
            at += 1
        return at < end and tokens[at] in self._skills and not ctx.pause_after(at - 1)

    def _asked_group_end(self, ctx: Context, at: int) -> int:
        """Where a named group right at `at` ends ("why can't black people ..."), or -1."""
        tokens = ctx.tokens
        end = min(len(tokens), at + 3)
        if at < end and tokens[at] in _ALL:
            at += 1  # "why can't all women ..."
        if at >= end or ctx.pause_after(at - 1) or not self._group_named_at(tokens, at, end):
            return -1
        people = at + 1 < end and tokens[at + 1] in self._cue_people
        return at + 2 if people else at + 1  # past "black people" / "women"

    def _told_to_stay(self, ctx: Context, hit: Hit) -> bool:
        """ "Women should stay in the kitchen", "black people need to know their place",
        "i gay devono stare nascosti": a group, a modal, a verb of staying, the place."""
        tokens = ctx.tokens
        if hit.last < len(tokens) and tokens[hit.last] in _ADVICE_AFTER:
            return False  # "... should stay home if they are sick"
        floor = max(0, hit.first - _PLACE_REACH)
        verbs: set[str] = set()
        for i in range(hit.first - 1, floor - 1, -1):
            word = tokens[i]
            if ctx.pause_after(i) or word in _NOT or word in _ON_THE_WAY:
                return False
            if word in _BELONG:  # italian17: "le donne appartengono alla cucina"
                return self._group_subject(ctx, i)
            if word in _MODALS:
                if not verbs or (hit.entry.term in _HOMELANDS and _RETURN.isdisjoint(verbs)):
                    return False  # "devono restare nel paese fino al permesso"
                return self._group_subject(ctx, i)
            if word in _STAY or word in _RETURN:
                verbs.add(word)
        return False


def _doer_between(tokens: list[str], start: int, end: int) -> bool:
    """A doer named with "by" between tokens `start` and `end` ("abused by gangs"), not a
    count ("by the thousands")."""
    for at in range(start, end):
        if tokens[at] != _AGENT_MARK:
            continue
        after = at + 2 if at + 2 < end and tokens[at + 1] == "the" else at + 1
        if after >= end or tokens[after] not in _COUNTS:
            return True
    return False
