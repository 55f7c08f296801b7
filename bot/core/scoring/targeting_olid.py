"""Targeting rules, part four: insults in replies about someone other than the reader.

A reply ("@bob ...") often calls a third person or a group names rather than the
one it answers: "@bob liberals are such liars", "@bob she is a paid liar",
"@bob this clown again", "what a joke of a president". The mention must not win
over the subject the sentence names, and an article may carry describing words
before the name-call ("a Republican hypocrite"). Each look stays within a few
tokens of the hit, like the other rules.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.discord16_words import CHAT_TAGS
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.olid21_words import PREDICATES as OLID21_PREDICATES
from bot.core.scoring.targeting_context import BEFORE, Context, Hit
from bot.core.scoring.targeting_formspring import TeenRules
from bot.core.scoring.targeting_kinds import Cat

# Groups of people by politics or role, beyond the cue list `group_noun`: hostile
# words said of them are aimed at a group ("trump supporters are idiots").
OLID_GROUPS: Final = frozenset(
    {
        "progressives",
        "socialists",
        "communists",
        "marxists",
        "globalists",
        "neocons",
        "trumpers",
        "trumpsters",
        "supporters",
        "voters",
        "protesters",
        "rioters",
        "activists",
        "journalists",
        "reporters",
        "senators",
        "teachers",
        "refs",
        "referees",
        "judges",
        "lawyers",
        "celebrities",
        "devs",
        "developers",
        "comunisti",
        "fascisti",
        "politici",
        "giornalisti",
        "sinistrorsi",
        "leghisti",
        "grillini",
        "piddini",
    }
)
# People by office or kind, after "a joke of a ...": "a disgrace of a president".
_TITLES: Final = frozenset(
    {
        "president",
        "senator",
        "congressman",
        "congresswoman",
        "politician",
        "leader",
        "human",
        "mayor",
        "governor",
        "judge",
        "candidate",
        "journalist",
        "reporter",
        "host",
        "coach",
        "teacher",
        "father",
        "mother",
        "husband",
        "wife",
        "friend",
        "minister",
        "presidente",
        "ministro",
        "politico",
        "giornalista",
        "sindaco",
        "uomo",
        "donna",
        "persona",
    }
)
# Name-calls that only ever name a person: pointed at ("this clown", "that liar")
# they are said of that person as plainly as "he is a liar" (the cue list
# `name_noun`, "that moron", already weighs enough as a third person).
_PERSON_NAMES: Final = frozenset(
    {
        "clown",
        "liar",
        "hypocrite",
        "traitor",
        "coward",
        "bigot",
        "crook",
        "lunatic",
        "psycho",
        "thug",
        "buffoon",
        "bugiardo",
        "buffone",
        "pagliaccio",
        "traditore",
        "vigliacco",
    }
)
# Judgements of a person in the insult lexicon ("[person]": only when people are
# named) that must close their clause: "you are mentally unstable", not "mentally
# unstable people need care"; olid21's "mentally deranged", "unfit for office" too.
_PREDICATES: Final[frozenset[tuple[str, ...]]] = (
    frozenset({("mentally", "unstable")}) | OLID21_PREDICATES
)
# Words that may follow a judgement that closes its clause: "he is vile and rude".
_GLUE: Final = frozenset({"and", "or", "but", "too", "ever", "e", "o", "ma"})
# Words after a pointed-at name-call that show it is the subject, not a describing
# word: "this clown again", "this liar here"; "-s" and "-ed" verbs count too.
_AFTER_SUBJECT: Final = frozenset({"again", "here", "there", "lol", "who", "that", "just", "still"})
# Describing words that turn a name-call around: "one of the least hateful people".
_LESSER: Final = frozenset({"least", "less", "meno"})


class ReplyRules(TeenRules):
    """Who an insult in a reply is about, when the sentence names someone else."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        # What may stand between a subject and a name-call said of it: "is", "such a".
        self._linking = (
            cues["bridge"] | cues["article"] | cues["partitive"] | cues["third_copula"]
        ) - (cues["person_pronoun"] | cues["person_noun"] | cues["role"])
        # What may stand between a subject and a judgement of it: "is so", "are such".
        self._judging_link = cues["bridge"] | cues["copula"] | cues["article"]

    def _group_bound(self, ctx: Context, hit: Hit) -> bool:
        """A group by politics or role as the subject of the hit or right beside it:
        "liberals are such liars", "Democrats = thugs", "antifa thugs", "unhinged
        liberals". A reply's mention does not make these about the reader."""
        entry = hit.entry
        if entry.category is Cat.PROFANITY or (
            entry.person_only and entry.category is not Cat.THREAT
        ):
            return False  # "violent", "can't be trusted": hate-speech words, for identity groups
        groups = self._cue_group_noun
        if not (
            ctx.mentions_any("group_noun", groups) or ctx.mentions_any("olid_groups", OLID_GROUPS)
        ):
            return False  # no group named anywhere (most messages)
        tokens = ctx.tokens
        if (
            hit.last < len(tokens)
            and not ctx.pause_after(hit.last - 1)
            # a judging word or a threat; not a noun first ("thot police")
            and (entry.category is Cat.THREAT or not self._cue_descriptive.isdisjoint(entry.tokens))
        ):
            following = tokens[hit.last]
            if following in groups or following in OLID_GROUPS:
                return True  # "unhinged liberals", "get rid of antifa"
        subject = self._subject_at(ctx, hit, max(0, hit.first - BEFORE))
        if subject < 0:
            return False
        word = tokens[subject]
        return (word in groups or word in OLID_GROUPS) and not any(
            ctx.pause_after(j) for j in range(subject, hit.first - 1)
        )

    def _subject_at(self, ctx: Context, hit: Hit, floor: int) -> int:
        """Index of the word before the hit past copulas, articles and bridge words,
        and up to two describing words right after an article ("she is a paid liar",
        "he is a communist fool"); -1 when nothing is in reach."""
        tokens = ctx.tokens
        article = self._cue_article
        linking = self._linking
        i = hit.first - 1
        described = False  # one run of describing words between an article and the hit
        while i >= floor:
            if tokens[i] in linking:
                i -= 1
                continue
            if not described and i == hit.first - 1:  # right before the name-call
                for run in (1, 2):
                    if (
                        i - run >= floor
                        and tokens[i - run] in article
                        and all(self._describes(ctx, j) for j in range(i - run + 1, i + 1))
                    ):
                        described = True
                        i -= run
                        break
                else:
                    return i
                continue
            return i
        return -1

    def _describes(self, ctx: Context, index: int) -> bool:
        """A word that may describe the name-call after it: no function word, pronoun
        or pause ("a paid liar", "a Republican hypocrite")."""
        token = ctx.tokens[index]
        return (
            token.isalpha()
            and token not in self._cue_function
            and token not in self._cue_second_person
            and token not in self._cue_self
            and token not in self._cue_object
            and token not in self._cue_third_person
            and token not in _LESSER
            and not ctx.pause_after(index)
        )

    def _pointed_person(self, ctx: Context, hit: Hit) -> bool:
        """ "this clown", "that liar": a demonstrative right before a name-call that
        names only people points at one person."""
        tokens = ctx.tokens
        return (
            hit.entry.category is Cat.INSULT
            and hit.first > 0
            and tokens[hit.first - 1] in self._cue_demonstrative
            and hit.entry.tokens[-1] in _PERSON_NAMES
            and self._names_subject(ctx, hit)
        )

    def _names_subject(self, ctx: Context, hit: Hit) -> bool:
        """The pointed-at name-call ends its clause or is the subject of what follows
        ("this clown again", "this liar is back", "this clown needs to go"), rather
        than describing the word after it ("this clown show", "that idiot of a printer")."""
        tokens = ctx.tokens
        if ctx.closes_clause(hit.last):
            return True
        following = tokens[hit.last]
        return (
            following in _AFTER_SUBJECT
            or following in self._cue_copula
            or following in self._cue_modal
            or (following not in ("of", "di") and following.endswith(("s", "ed")))
        )

    def _of_a_person(self, ctx: Context, hit: Hit) -> bool:
        """ "what a joke of a president", "a disgrace of a human being", "che pagliaccio
        di presidente": the name-call is said of the person named after "of a", "di"."""
        if hit.entry.category is not Cat.INSULT:
            return False
        tokens = ctx.tokens
        at = hit.last
        if hit.entry.tokens[-2:] not in (("of", "a"), ("of", "an")):
            if tokens[at : at + 1] == ["di"]:  # "che pagliaccio di presidente"
                at += 1
            elif tokens[at : at + 1] == ["of"] and tokens[at + 1 : at + 2] in (["a"], ["an"]):
                at += 2
            else:
                return False
        if ctx.closes_clause(at):
            return False
        person = tokens[at]
        return person in _TITLES or person in self._cue_person_noun or person in self._cue_role

    def _misjudged(self, ctx: Context, hit: Hit) -> bool:
        """A judgement that needs a person as its subject ("mentally unstable") said of
        anything else. It counts only right after a copula whose subject is the reader,
        a person or a group of people, closing its clause: "you are mentally unstable",
        "liberals are mentally unstable"; not "mentally unstable people need care"."""
        if hit.entry.tokens not in _PREDICATES:
            return False
        tokens = ctx.tokens
        if not (
            hit.last >= len(tokens)
            or ctx.pause_after(hit.last - 1)
            or tokens[hit.last] in self._cue_function
        ):
            return True  # "mentally unstable people ...": the words describe, not judge
        i = hit.first - 1
        floor = max(0, hit.first - BEFORE)
        copula = False
        linking = self._judging_link
        while i >= floor and tokens[i] in linking:
            copula = copula or tokens[i] in self._cue_copula
            i -= 1
        if not copula or i < floor or (tokens[i] in self._cue_copula):
            return True
        subject = tokens[i]
        if subject in self._cue_second_person:
            return subject in self._cue_possessive
        return not (
            subject in self._cue_person_pronoun
            or subject in self._cue_singular_pronoun
            or subject in self._cue_person_noun
            or subject in self._cue_group_noun
            or subject in self._cue_identity
            or subject in self._cue_people
            or subject in OLID_GROUPS
        )

    def _ends_clause(self, ctx: Context, hit: Hit) -> bool:
        """The hit closes its clause ("she is the worst.", "he is vile and...") or a noun
        naming a person follows ("the worst person"), so it is said of the subject, not
        of a thing after it ("the worst catcher")."""
        tokens = ctx.tokens
        if ctx.closes_clause(hit.last):
            return True
        following = tokens[hit.last]  # "the worst person" names the subject again
        return (
            following in _GLUE
            or following in CHAT_TAGS  # "he's so annoying fr"
            or following in self._cue_person_noun
            or following in _TITLES
        )
