"""The hostility scorer: lexicon hits, then targeting rules decide if words are hostility.

A word list alone flags "that was fucking awesome" and "I'm such an idiot"; what
makes a message hostile is who the words are aimed at. So every hit is weighed by
its target (the reader, a mention, a group, oneself, an object, quoted speech)
found in a small token window around it, and the message score combines the
weighted hits. Most messages contain no lexicon anchor at all and return after
one translate, a split, two gate regexes and two set tests; the rest pay only
for the few tokens around each hit, so cost stays linear in length. This module
runs the gates; matching.py finds the hits, targeting.py decides who each one is
aimed at, weighing.py turns them into a verdict.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Set as AbstractSet
from typing import Final

from bot.core.scoring.asked_words import asked_words
from bot.core.scoring.clean_gates import (
    gate_words,
    has_letter_run,
    has_pair,
    pair_index,
    pairs_in,
    three_singles,
)
from bot.core.scoring.discord47_words import OWN_ENDS as DISCORD47_ENDS
from bot.core.scoring.discord47_words import without_unshaped47
from bot.core.scoring.discord61_words import removal_in_line
from bot.core.scoring.discord_syntax import may_have_markup, plain_text
from bot.core.scoring.folding import (
    FLAT_BYTES,
    flatten,
    fold,
)
from bot.core.scoring.forum4_words import FORUM4_GATE
from bot.core.scoring.forum18_words import CURSE_GATE
from bot.core.scoring.forum_words import (
    NUMBER_RE,
    may_call_names,
    numbers_as_written,
    roma_as_city,
)
from bot.core.scoring.gamechat18_words import CURSED_ROLES
from bot.core.scoring.gamechat32_words import sworn_player
from bot.core.scoring.gamechat44_words import has_record_mark, record_told
from bot.core.scoring.gamechat50_words import cursed_player
from bot.core.scoring.gamechat52_words import raped_player
from bot.core.scoring.gamechat58_words import sucked_player
from bot.core.scoring.gamechat60_words import bad_beside_player
from bot.core.scoring.group_only import group_named
from bot.core.scoring.hate_spelling import COPULAS_JOINED
from bot.core.scoring.hatecheck25_words import RUN_OPENERS
from bot.core.scoring.hatecheck37_words import ONLY, without_stray_only
from bot.core.scoring.hatecheck46_words import marked_group_names
from bot.core.scoring.hatecheck49_words import split_by_mark
from bot.core.scoring.hateprobe4_words import rom_as_people, without_praise
from bot.core.scoring.hateprobe5_words import GROUP_ONLY
from bot.core.scoring.hateprobe7_words import without_unshaped7
from bot.core.scoring.italian14_words import cessation_only, colour_as_people
from bot.core.scoring.italian17_words import SINGULAR_WORDS, singulars_as_people
from bot.core.scoring.italian24_words import article_then_group
from bot.core.scoring.italian31_words import KNOWN_FIGURES
from bot.core.scoring.italian35_words import FIGURE_CALLS, FIGURE_GATE
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.lexicon_sections import GROUP_NAMED, PRAISE_ANY
from bot.core.scoring.lexicon_shared import shared_lexicon
from bot.core.scoring.matching import JOINED_MIN, Matcher
from bot.core.scoring.message_text import (
    DIGIT_TAIL_RE,
    DIGIT_TAIL_SEEN_RE,
    RUN_HINT_RE,
    as_spaces,
    has_number_digit,
    has_pause,
    is_run,
    mentions_anyone,
    pause_reader,
    word_spans,
)
from bot.core.scoring.olid4_words import POLITICAL_GATE
from bot.core.scoring.olid7_words import GROUP_HARM, HARM_GATE
from bot.core.scoring.olid30_words import GROUP_TRAITS
from bot.core.scoring.olid32_words import NEW_GROUPS as OLID32_GATE
from bot.core.scoring.olid39_words import rated_role
from bot.core.scoring.read_through import pair_through
from bot.core.scoring.scorer_config import ScorerConfig
from bot.core.scoring.spelling7 import bang_as_i
from bot.core.scoring.targeting_context import NAME_CALL_LENGTH, SENTENCE_REACH, Context
from bot.core.scoring.targeting_reader import ReaderShapes
from bot.core.scoring.targeting_sharing import share_cue_sets
from bot.core.scoring.turns import has_turns, split_turns
from bot.core.scoring.verdict import Category, Severity, TargetKind, Verdict
from bot.core.scoring.weighing import Weigher

# ScorerConfig lives in scorer_config.py; callers import it from here as before.
__all__ = ["CLEAN", "Scorer", "ScorerConfig"]

logger = logging.getLogger(__name__)

# Mentions opening a message ("@USER @USER ...", "<@1>, <@2>: ..."): not the clause's first words.
_LEADING_MENTIONS_RE: Final = re.compile(r"\s*(?:(?:<@[!&]?\d+>|@\w+)[\s,:]*)+")
_MENTION_RE: Final = re.compile(r"<@[!&]?\d+>|@\w+")
_LAST_MENTION_COPULAS: Final[frozenset[str]] = frozenset({"is", "was"})
# Cheap gates for the two rules that need look-ups beyond whole tokens: a letter
# repeated 3+ times ("stuuupid") and single letters set apart ("k y s"; the exact
# rule is folding.SPACED_RE, these only decide whether to run it).
_SPACED_GATE_RE: Final = re.compile(r" [a-z] {1,3}[a-z] {1,3}[a-z] ")  # on padded flattened text
# Words run together ("ihatemuslims") are looked for in lines this short: such a
# line is a slogan or a shout, and the look costs longer messages nothing.
_JOINED_LENGTH: Final = 8
# A joined token may open with a copula ("aredisgusting") or, hatecheck25, a quantifier
# before its group ("allwomenaretrash").
_JOINED_STARTS: Final = COPULAS_JOINED + RUN_OPENERS
_PROFANITY: Final = Category.PROFANITY  # read once: enum class attributes are slow in 3.11


CLEAN: Final = Verdict(
    hostile=False,
    score=0.0,
    severity=Severity.NONE,
    categories=(),
    matches=(),
    target=TargetKind.NONE,
    explanation="no hostile language found",
)


def _subject_lead(opening: str) -> int:
    """The tokens of the opening mentions before the last one: that one is the subject of
    the copula after it ("@amy @bob is a clown" reads "@bob is a clown")."""
    last = 0
    for found in _MENTION_RE.finditer(opening):
        last = found.start()
    return len(flatten(opening[:last]).split())


@functools.lru_cache(maxsize=16)
def _beside_politics(claims: frozenset[str]) -> frozenset[str]:
    """The group-only words less olid7's harm words, one copy per language set (the claims
    set is shared): built per scorer it cost each customised server about 8 KB."""
    return claims - GROUP_HARM


class Scorer:
    """Scores messages against one compiled lexicon; build once, call many times."""

    def __init__(
        self, config: ScorerConfig | None = None, *, lexicon: Lexicon | None = None
    ) -> None:
        """A scorer for `config`: its terms layered on the language set's shared lexicon.

        The shared lexicon is compiled on first use; the bot compiles it in a worker
        thread first (`lexicon_shared.shared_lexicon`), so building a scorer stays cheap. Pass
        `lexicon` to score with one compiled some other way (a full `build_lexicon`).
        """
        self.config = config or ScorerConfig()
        if lexicon is None:
            lexicon = shared_lexicon(self.config.languages).layer(
                self.config.custom_terms, self.config.allowed_terms
            )
        self._lexicon: Lexicon = lexicon
        self._cues = self._lexicon.cues
        self._hit_words = self._lexicon.hit_words
        self._gate_words = gate_words(self._lexicon)  # hit_words and typo_words as one
        self._split_pairs = self._lexicon.split_pairs
        # Word pairs that wake the slow path: phrase anchors and our words split in two.
        self._gate_pairs = self._lexicon.gate_pairs
        self._split_keys = self._lexicon.split_keys
        self._pair_keys = self._lexicon.pair_keys
        self._gate_pair_index = pair_index(self._gate_pairs)  # one look-up per word
        self._pair_key_index = pair_index(self._pair_keys)
        self._matcher = Matcher(self._lexicon)
        self._weigher = Weigher(self._lexicon, self.config.threshold)
        self._reader = ReaderShapes(self._lexicon)
        share_cue_sets(self._matcher, self._lexicon)  # one copy per language set
        share_cue_sets(self._reader, self._lexicon)
        # Swearing beside these may be aimed at a group ("fuck gay people"), at the team
        # ("shit team"), at "i rom" (rom_as_people decides) or a place of worship ("burn
        # the mosque"): no shortcut.
        self._group_words = self._cues[GROUP_NAMED]
        self._article_joins = self._matcher.article_words  # italian11: "igay", "odioi"
        # Anchors read only beside a group (group_only.py: "corrupt", "gun") and the words
        # that name one for them (the group words, political sides, forum4's groups).
        self._group_only = self._lexicon.group_first_words
        self._named = group_named(self._group_words)
        self._said_of_group = self._cues["said_of_group"]  # group_predicates.py
        self._claims = self._cues[GROUP_ONLY]  # hateprobe5_words.py: group-only words
        # olid7: the harm words stay beside a political group ("liberals are ruining ...").
        self._claims_political = _beside_politics(self._claims)
        self._own7 = self._cues["kids7"] | self._cues["charge7"]  # hateprobe7_words.py
        self._praise = self._cues[PRAISE_ANY]  # hateprobe4
        self._third_copula = self._cues["third_copula"]  # bound once: read per message
        self._plain_words = self._cues["word"]
        self._pointing = self._cues["demonstrative"]
        self._typos = self._lexicon.typos
        self._typo_words = self._lexicon.typo_words
        self._index_words = self._lexicon.index_words
        self._group_ends = self._matcher.group_ends
        self._run_into = self._lexicon.joined.keys()
        self._asked = asked_words(
            self._praise, self._group_words, self._claims, self._own7, self._reader.wake
        )

    def score(
        self,
        text: str,
        *,
        mentions_someone: bool = False,
        is_reply: bool = False,
        profanity_ok: bool = False,
    ) -> Verdict:
        """Decide whether `text` is hostile toward a person or group, and why.

        gamechat44: a line read clean that holds a bad kill/death record ("lina 0-9 gg")
        is read once more with the record written as a lexicon word, which only that
        round's rule aims (a record has no letter, and folding reads its digits as
        letters). A line without a "-", "/" or " and " and a digit costs two scans.
        """
        verdict = self._score(
            text, mentions_someone=mentions_someone, is_reply=is_reply, profanity_ok=profanity_ok
        )
        if verdict.hostile or not has_record_mark(text) or (told := record_told(text)) is None:
            return verdict
        return self._score(
            told, mentions_someone=mentions_someone, is_reply=is_reply, profanity_ok=profanity_ok
        )

    def _score(
        self,
        text: str,
        *,
        mentions_someone: bool,
        is_reply: bool,
        profanity_ok: bool,
    ) -> Verdict:
        """`score`'s reading of `text` as written."""
        if may_have_markup(text) and (plain := plain_text(text)) is not text:
            return self.score(  # code, links, custom emoji: discord_syntax.py
                plain,
                mentions_someone=mentions_someone,
                is_reply=is_reply,
                profanity_ok=profanity_ok,
            )
        if "!" in text and (bang := bang_as_i(text, self._gate_words)) is not None:
            return self.score(  # "!d!0t": spelling7.py
                bang,
                mentions_someone=mentions_someone,
                is_reply=is_reply,
                profanity_ok=profanity_ok,
            )
        if ("!" in text or "|" in text) and (
            marked := marked_group_names(text, self._group_words)
        ) is not None:
            return self.score(  # "musl!ms", "mus|ims": hatecheck46_words.py
                marked,
                mentions_someone=mentions_someone,
                is_reply=is_reply,
                profanity_ok=profanity_ok,
            )
        # `flatten(text)`, its ASCII case inline: most messages stop at the gates below.
        if text.isascii():
            flat_bytes = text.encode().translate(FLAT_BYTES)
            flat = flat_bytes.decode()
            run = has_letter_run(flat_bytes)
        else:
            flat = flatten(text)
            if flat.isascii():  # most such text: an emoji or a curly quote flattens to a space
                run = has_letter_run(flat.encode())
            else:
                run = (hint := RUN_HINT_RE.search(flat)) is not None and is_run(hint, flat)
        words = tokens = flat.split()  # `words` stays as split: spans are found from them
        gated = (
            "*" in text
            or run
            or (three_singles(words) and _SPACED_GATE_RE.search(f" {flat} ") is not None)
            or split_by_mark(text, words, self._group_words)  # hatecheck49: "ref_ugees"
        )
        pairs: AbstractSet[tuple[str, str]] | None = None
        if not gated:
            through = (
                not self._gate_words.isdisjoint(tokens)
                or has_pair(tokens, self._gate_pairs, self._gate_pair_index)
                or pair_through(tokens, self._gate_pairs)
            )
            named = False
            if not through:
                # A word read only beside a group ("so corrupt", "with my gun": group_only.py,
                # clean_gates.gate_words) is read as before once a group is named.
                named = not self._named.isdisjoint(tokens)
                through = named and not self._group_only.isdisjoint(tokens)
                if not through and not FIGURE_GATE.isdisjoint(tokens):
                    through = not FIGURE_CALLS.isdisjoint(tokens)  # italian35: "meloni ladra"
                through = through or bad_beside_player(tokens)  # gamechat60: "pudge bad"
                through = through or removal_in_line(tokens)  # discord61: "ban <@9> pls"
            if not through:
                # italian11: "detestoi musulmani", the hostile word in the joined token.
                gated = (len(tokens) <= _JOINED_LENGTH and self._joined(tokens)) or (
                    named
                    and not self._article_joins.isdisjoint(tokens)
                    and not self._group_words.isdisjoint(tokens)
                )
                if not gated:
                    # Digits leet leaves alone stay in `flat`: four C scans spare most
                    # messages the regex ("moron77" flattens to "morontt", read anyway).
                    if (
                        not ("2" in flat or "6" in flat or "8" in flat or "9" in flat)
                        or DIGIT_TAIL_SEEN_RE.search(text) is None
                    ):
                        return CLEAN
                    return self.score(  # once: the rewritten text has no digit tails left
                        DIGIT_TAIL_RE.sub(as_spaces, text),
                        mentions_someone=mentions_someone,
                        is_reply=is_reply,
                        profanity_ok=profanity_ok,
                    )
            else:
                # One pass over the word pairs serves phrase matching and split words.
                pairs = pairs_in(tokens, self._pair_keys, self._pair_key_index)
                gated = (
                    (bool(pairs) and not self._split_keys.isdisjoint(pairs))
                    or (len(tokens) <= _JOINED_LENGTH and self._joined(tokens))
                    or not self._article_joins.isdisjoint(tokens)  # italian11: "odioi gay", "igay"
                    or self._matcher.stretched_in(tokens)  # hatecheck56: "i hate muuslliims"
                )
        folded = fold(text) if gated else None  # punctuation kept: needed for context
        spans: list[tuple[int, int]] | None = None
        if folded is not None:
            tokens, spans = self._matcher.rewrite(folded, flat, words)
            pairs = None
        if not self._typo_words.isdisjoint(tokens):  # "scumm" reads as "scum"
            if folded is None and not self._run_into.isdisjoint(tokens):
                folded = fold(text)  # "anidiot": the matcher reads it apart (spelling7)
                tokens, spans = self._matcher.rewrite(folded, flat, words)
            index, typos = self._index_words, self._typos
            tokens = [t if t in index else typos.get(t, t) for t in tokens]
            pairs = None
        paused = None
        if has_pause(text):  # "you're a dick, clark": two clauses
            paused = pause_reader(text, flat, words, spans)
        candidates = self._matcher.candidates(tokens, pairs, paused)
        # The tokens the set tests below ask about, as a set: a set against a set walks
        # the smaller one, with no iterator and no hash call per word.
        asked = self._asked
        present: frozenset[str] = frozenset()
        if candidates:  # most messages that get this far have none: no filter to ask about
            present = asked.intersection(tokens)
            if not self._praise.isdisjoint(present) and self._group_words.isdisjoint(present):
                candidates = without_praise(candidates, self._praise)  # "a good one": no group
            if not self._claims.isdisjoint(present) and self._group_words.isdisjoint(present):
                claims = self._claims if HARM_GATE.isdisjoint(present) else self._claims_political
                candidates = without_praise(candidates, claims)  # "stay home": no group
            elif not self._own7.isdisjoint(present):
                candidates = without_unshaped7(candidates, tokens, self._own7)  # "poor kids"
            if not DISCORD47_ENDS.isdisjoint(present):  # "just add salt": no member after it
                candidates = without_unshaped47(
                    candidates, tokens, mentions_someone or "<@" in text
                )
            if ONLY in present:  # hatecheck37: "the only muslim here", no "because" after
                candidates = without_stray_only(candidates, tokens)
            if "cesso" in present and cessation_only(text):  # "la pioggia cessò"
                candidates = [c for c in candidates if c[2].tokens != ("cesso",)]
        if not candidates:
            return CLEAN
        if (
            candidates[0][2].term in self._said_of_group
            and self._group_words.isdisjoint(present)
            and POLITICAL_GATE.isdisjoint(present)  # "democrats are all crooks": olid4
            and FORUM4_GATE.isdisjoint(present)  # "landlords are leeches": forum4
            and OLID32_GATE.isdisjoint(present)  # "reporters are vultures": olid32
            and (FIGURE_GATE.isdisjoint(present) or FIGURE_CALLS.isdisjoint(present))  # italian35
            and all(  # olid30's traits ("she is rude") are said of a person too
                c[2].person_only
                and c[2].term in self._said_of_group
                and c[2].term not in GROUP_TRAITS
                for c in candidates
            )
        ):
            return CLEAN  # judging words only a named group makes hostile ("so corrupt")
        if has_turns(text):  # "Q: ... A: ...": once, the labels become full stops
            return self.score(
                split_turns(text),
                mentions_someone=mentions_someone,
                is_reply=is_reply,
                profanity_ok=profanity_ok,
            )
        profanity = _PROFANITY
        swearing = (
            candidates[0][2].category is profanity  # one hit, as in most messages: no generator
            if len(candidates) == 1
            else all(c[2].category is profanity for c in candidates)
        )
        # Swearing is only read by the rules in a short line that may curse a name.
        bare = swearing and not self._may_name(tokens) and not may_call_names(tokens)
        # A swear word a shape may aim at the reader ("do you want sex?") is read on.
        woken = bare and not self._reader.triggers.isdisjoint(present)
        # hatecheck21: a group named after the swear word is read by the rules, so the
        # spans reach past it ("damn, black people ...": the comma must be seen).
        bare = bare and self._group_words.isdisjoint(present)
        bare = bare and CURSE_GATE.isdisjoint(present)  # forum18: "fuck the mods"
        bare = bare and KNOWN_FIGURES.isdisjoint(present)  # italian31: "meloni merda"
        bare = bare and not sworn_player(tokens)  # gamechat32: "fucking pa", "ur fucking carry"
        bare = bare and not rated_role(tokens)  # olid39: "ur a shitty teammate"
        bare = bare and not cursed_player(tokens)  # gamechat50: "wtf is this lina doing"
        bare = bare and not raped_player(tokens)  # gamechat52: "slark got raped top"
        bare = bare and not sucked_player(tokens)  # gamechat58: "tinker suck"
        if spans is None:  # flat has folded's offsets; only as far as rules look past hits
            # The last hit ends last, but for a swear word inside a phrase read through it
            # (read_through.py): "son of a fucking bitch".
            end = candidates[-1][1] if len(candidates) == 1 else max(c[1] for c in candidates)
            needed = end + (0 if bare and not woken else SENTENCE_REACH)
            spans = word_spans(flat, words[:needed])
        hits = self._matcher.hits(text, flat, spans, candidates)
        if not hits:
            return CLEAN
        if bare and not woken:
            return self._weigher.swearing_only(hits, profanity_ok)
        mentioned = mentions_someone or ("@" in text and mentions_anyone(text))
        if folded is None:
            folded = fold(text)
        lead = 0
        if mentioned and (opening := _LEADING_MENTIONS_RE.match(text)) is not None:
            lead = min(len(flatten(opening.group()).split()), len(tokens))
            if lead < len(tokens) and tokens[lead] in self._third_copula:
                # "@bob is a clown": the mention is the subject; of "@amy @bob is a clown"
                # (olid40) the last one, the others out of the clause. English copulas
                # only: Italian "e" is also "and" ("@amy @bob e la cagna?").
                word = tokens[lead]
                lead = _subject_lead(opening.group()) if word in _LAST_MENTION_COPULAS else 0
        if (
            len(folded) == len(text)
            and has_number_digit(text)
            and NUMBER_RE.search(text) is not None
        ):
            tokens = numbers_as_written(text, tokens, spans)  # "1-12 noob": no "i"
            present = asked.intersection(tokens)
        if "roma" in present:
            tokens = roma_as_city(tokens)  # "il traffico a Roma": the city
            present = asked.intersection(tokens)
        if "rom" in present:
            tokens = rom_as_people(tokens)  # "i rom": the Romani, not a game ROM
            present = asked.intersection(tokens)
        if "nere" in present:
            tokens = colour_as_people(tokens)  # "le persone nere": the group
            present = asked.intersection(tokens)
        if not SINGULAR_WORDS.isdisjoint(present):
            tokens = singulars_as_people(tokens)  # italian17: "l'arabo è un ladro"
            present = asked.intersection(tokens)
        ctx = Context(
            self._lexicon,
            folded,
            tokens,
            spans,
            mentioned=mentioned,
            is_reply=is_reply,
            lead=lead,
        )
        shaped = hits
        if not self._reader.wake.isdisjoint(present):  # "do you want sex?", "kill you"
            shaped = self._reader.reshape(ctx, hits)
        if bare and shaped is hits:
            return self._weigher.swearing_only(hits, profanity_ok)
        return self._weigher.verdict(self._weigher.weigh(ctx, shaped, profanity_ok))

    def _joined(self, tokens: list[str]) -> bool:
        """A long token no list knows that splits into hate about a group ("ihatemuslims")."""
        ends = self._group_ends  # a joined group name starts or ends the token
        long = [
            t
            for t in tokens
            if len(t) >= JOINED_MIN
            and (
                t[:3] in ends
                or t[-3:] in ends
                or t.startswith(_JOINED_STARTS)
                or article_then_group(t, ends)  # italian24: "ledonnesonoinferiori"
            )
        ]
        if not long:
            return False
        matcher = self._matcher
        return any(matcher.may_be_joined(token) and matcher.joined_words(token) for token in long)

    def _may_name(self, tokens: list[str]) -> bool:
        """A short line with a word no list knows, a pointing word or a player's role
        (gamechat18) may swear at a player or the team ("fuck tusk", "fuck this guy",
        "FUCKING MID")."""
        if len(tokens) > NAME_CALL_LENGTH:
            return False
        known, words = self._lexicon.rule_words, self._plain_words
        pointing = self._pointing
        return any(
            (t not in known and t not in words) or t in pointing or t in CURSED_ROLES
            for t in tokens
        )
