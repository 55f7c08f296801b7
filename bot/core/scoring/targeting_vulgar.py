"""Targeting rules for untargeted vulgarity in forum controls (issue 8, vulgar).

- A slur or insult mentioned as a word, not said of anyone: "the term feminazi is a
  figure of speech", "slurs like tranny and spic", "retard is a slur", "retard and
  faggot are just words", "he used dyke twice", "'bitch' gets thrown around a lot",
  "what does cuck mean", "la parola frocio". A word noun names it ("the term X", "X is
  a slur"), a verb of using it goes right before it with no article ("using X as an
  insult"), or it stands alone in quotes as a sentence's subject ("'X' is used ...").
  Said of someone it stays aimed: "you're a retard", "the retard is a slur on
  this forum" (an article), "faggot is the word for you" (a "you" after it).
- A curse phrase shouted at a situation: "son of a bitch, the power went out", "the app
  crashed again, piece of crap", "vaffanculo, la macchina non parte". It opens or
  closes the line, and the rest of the line is a clause about a thing or the speaker
  (it opens with "the", "my", "this", "i", "la", "sto" ...) that names nobody: no
  "you", no pronoun or person word, no other hostile word; not a reply or a mention.
  "nice throw, son of a bitch" and "gg ez, motherfucker" stay said to a player, as do
  a claim ("the last hit was mine", in game talk "this is my lane"): a grievance.
  Controls2 reads the same phrases before the speaker's own news.
- A thing people curse at (the [thing] cues, an abstract noun), alone as the subject:
  "winter is a bitch", "lag is a bastard tonight", as "the printer is trash" already
  reads; a word no list knows stays a name ("pudge is a bitch", "Butts was stupid").
- An order met at once by disbelief: "fuck off, no way", "piss off, really?", "get the
  fuck out, are you serious?" (controls3 reads "shut up, no way" so). The disbelief
  ends the line or is asked: "fuck off, seriously.", "fuck off, for real", "fuck off, no
  way i'm helping you" and "gtfo no way you're still here" stay orders, and so does any
  line with another hostile word.

All run only on hits, on a few tokens around them.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring.forum_words import is_abstract
from bot.core.scoring.lexicon import Lexicon
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_insprec import InsPrecRules
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import TargetKind
from bot.core.scoring.vulgar_words import (
    AFTER_REACH,
    AMAZED,
    ASKED_DISBELIEF,
    CALLING,
    CLAIM_COPULAS,
    CLAIM_OWNERS,
    CLAIMED,
    DISBELIEF,
    DISBELIEVING_ORDERS,
    EARNEST,
    INSULT_NOUNS,
    INSULTED,
    LEARN,
    NOT_WORD_TERMS,
    OPENING_COPULAS,
    OWNED,
    QUESTION_WORDS,
    QUOTES,
    SHOUT_OPENERS,
    SHOUT_REACH,
    SHOUT_SUBJECTS,
    SHOUTED,
    USE_TAIL,
    USE_VERBS,
    WORD_DESCRIBED,
    WORD_DETERMINERS,
    WORD_LINKS,
    WORD_NOUNS,
    WORD_REACH,
    WORD_VERBS,
)

MENTIONED_NOTE: Final = "mentioned as a word"  # cancels the hit: the word is talked about
SHOUTED_NOTE: Final = "shouted at a situation"  # cancels the hit: nobody is named
DISBELIEF_NOTE: Final = "said in disbelief"  # cancels the hit: news greeted, nobody sent off
_CALLED: Final = frozenset({Cat.INSULT, Cat.IDENTITY_ATTACK})  # words a mention may name
_MENTION_CUE: Final = "vulgar_mention"  # the name `Context.mentions_any` caches it under
_MENTION_WORDS: Final = WORD_NOUNS | USE_VERBS | WORD_VERBS
_DESCRIBED_OR_NOUN: Final[frozenset[str]] = WORD_DESCRIBED | WORD_NOUNS
_SHOUT_FIRSTS: Final = frozenset(phrase[0] for phrase in SHOUTED)
_ORDER_FIRSTS: Final = frozenset(phrase[0] for phrase in DISBELIEVING_ORDERS)
_DISBELIEF_LONGEST: Final = 3
_WORD_NAMING: Final = frozenset(
    {"like", "such", "include", "includes", "included", "including", "come", "tipo"}
)


class VulgarRules(InsPrecRules):
    """A word mentioned is not aimed; a curse shouted at a situation names nobody."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        cues = lexicon.cues
        # Words in the rest of a shouted line that name or point at a person.
        self._vulgar_people = (
            cues["second_person"]
            | cues["singular_pronoun"]
            | cues["third_person"]
            | cues["person_noun"]
            | cues["family"]
            | cues["role"]
            | cues["group"]
            | cues["identity"]
            | cues["identity_adjective"]
            | cues["people"]
            | cues["group_noun"]
        )

    def probe4_aim(self, ctx: Context, hit: Hit) -> tuple[TargetKind, str] | None:
        """A word mentioned is read before the group-claim shapes ("X are just words");
        one alone in quotes is left to the quoting rules first (`reread`)."""
        entry = hit.entry  # the cheap tests first: most hits stop there
        if (
            entry.category in _CALLED
            and len(entry.tokens) == 1
            and ctx.mentions_any(_MENTION_CUE, _MENTION_WORDS)  # unquoted, it needs one
            and not _alone_in_quotes(ctx, hit)
            and self._vulgar_mentioned(ctx, hit)
        ):
            return Kind.REPORTED, MENTIONED_NOTE
        return super().probe4_aim(ctx, hit)

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' (target, note), cancelled where a shape here applies."""
        target, note = super().reread(ctx, hit, target, note)
        if note or target is Kind.REPORTED or target is Kind.OBJECT:
            return target, note
        words = hit.entry.tokens
        if words[0] in _SHOUT_FIRSTS and words in SHOUTED and self._vulgar_shouted(ctx, hit):
            return Kind.NONE, SHOUTED_NOTE  # "son of a bitch, the power went out"
        if self._vulgar_mentioned(ctx, hit):
            return Kind.REPORTED, MENTIONED_NOTE  # "the term feminazi", "retard is a slur"
        if (
            words[0] in _ORDER_FIRSTS
            and words in DISBELIEVING_ORDERS
            and self._vulgar_disbelief(ctx, hit)
        ):
            return Kind.NONE, DISBELIEF_NOTE  # "fuck off, no way!", "piss off, really?"
        return target, note

    def _vulgar_disbelief(self, ctx: Context, hit: Hit) -> bool:
        """The order opens the line (maybe after "omg", "wait") and disbelief follows it
        at once: "no way", "are you serious", or a word asked ("really?"); no other
        hostile word in the line. "fuck off, seriously." stays an order."""
        tokens = ctx.tokens
        if hit.first - ctx.lead > 2:
            return False  # not at the line's opening (and no slice of a long prefix)
        before = tokens[ctx.lead : hit.first]
        if not AMAZED.issuperset(before):
            return False
        after = tokens[hit.last : hit.last + _DISBELIEF_LONGEST + 1]
        said = next((n for n in (2, 3) if tuple(after[:n]) in DISBELIEF), 0)
        if said:
            # Disbelief ends the line or is asked: "fuck off, no way!", "for real?";
            # "fuck off, for real" and "gtfo no way you're still here" are orders.
            end = ctx.spans[hit.last + said - 1][1]
            mark = ctx.folded[end : end + 2].lstrip(" ")[:1]
            asked = mark == "?" or (mark == "!" and tuple(after[:said]) not in EARNEST)
            ended = hit.last + said >= len(tokens) or after[said : said + 1] == ["me"]
            if not asked and (not ended or tuple(after[:said]) in EARNEST):
                return False
        else:
            if not after or after[0] not in ASKED_DISBELIEF:
                return False
            end = ctx.spans[hit.last][1]
            if not ctx.folded[end : end + 2].lstrip(" !").startswith("?"):
                return False  # "fuck off, seriously." is said in earnest
        return not self._other_hostility(ctx, hit.first, hit.last)

    def _names_a_person(self, subject: list[str]) -> bool:
        """Not a thing people curse at, said as the subject alone: "winter is a bitch",
        "covid is a bastard", "twitter is trash" name no one, as "the printer" does."""
        if len(subject) == 1 and (
            subject[0] in self._cue_thing or is_abstract(subject[0], plural=False)
        ):
            return False  # not `_is_thing`'s plurals: "Butts was stupid" names a man
        return super()._names_a_person(subject)

    def _vulgar_mentioned(self, ctx: Context, hit: Hit) -> bool:
        """The hit's word talked about as a word (see the module docstring)."""
        if hit.entry.category not in _CALLED or len(hit.entry.tokens) != 1:
            return False
        quoted = _alone_in_quotes(ctx, hit)
        if not quoted and not ctx.mentions_any(_MENTION_CUE, _MENTION_WORDS):
            return False  # no word noun or verb of using in the message (most hits)
        tokens = ctx.tokens
        first = ctx.sentence_start(hit.first, WORD_REACH)
        if hit.first > first and tokens[hit.first - 1] in USE_VERBS:
            verb = hit.first - 1
            if ctx.pause_after(verb) or _learnt(tokens, verb, first):
                return False  # "learn to spell idiot", "maybe learn to type, loser": a call
            # "he used dyke", "stop using retard as an insult"; not "use animal products"
            return (
                hit.last >= len(tokens)
                or ctx.pause_after(hit.last - 1)
                or tokens[hit.last] in USE_TAIL
            )
        end = ctx.sentence_end(hit.first, AFTER_REACH + 4)
        after = tokens[hit.last : end]
        if not self._cue_second_person.isdisjoint(after):
            return False  # "faggot is the word for you", "slurs like X are too nice for you"
        if self._vulgar_word_before(ctx, hit, first):
            return True  # "the term feminazi", "slurs like tranny and spic"
        opens_question = False  # "is X a slur?", "why is X a slur"
        if hit.first > first:
            previous = tokens[hit.first - 1]
            opens_question = previous in OPENING_COPULAS and (
                hit.first - 1 == first or tokens[hit.first - 2] in QUESTION_WORDS
            )
            if previous in CALLING and not opens_question:
                return False  # "you're a retard", "the retard is ...": said of someone
        return self._vulgar_word_after(after, quoted, opens_question)

    def _vulgar_word_before(self, ctx: Context, hit: Hit, first: int) -> bool:
        """A word noun before the hit, only links and other such words between."""
        tokens = ctx.tokens
        singles = self._words
        for i in range(hit.first - 1, first - 1, -1):
            token = tokens[i]
            if token in WORD_NOUNS:
                if ctx.pause_after(i) or (i > first and tokens[i - 1] in NOT_WORD_TERMS):
                    return False  # "no words, animals!", "long term", "in terms of"
                linked = i + 1 < hit.first and tokens[i + 1] in _WORD_NAMING
                return linked or (i > first and tokens[i - 1] in WORD_DETERMINERS)
            if token not in WORD_LINKS and token not in singles and token not in ("the", "a"):
                return False
        return False

    def _vulgar_word_after(self, after: list[str], quoted: bool, asked: bool) -> bool:
        """After the hit: other named words, a copula, a description, then a word noun
        ("X and Y are just words", "X is a racist slur"); or a verb of meaning ("X
        means"); or, when the word stands in quotes, a verb of use ("'X' gets thrown")."""
        singles = self._words
        copulas = self._cue_copula
        linked = asked  # "is X a slur?"; else a copula must come: "X words" names words of X
        for i, token in enumerate(after[: AFTER_REACH + 4]):
            if token in WORD_NOUNS:
                if token in INSULT_NOUNS and after[i + 1 : i + 2] and after[i + 1] in INSULTED:
                    return False  # "these parasites are an insult to the country"
                return linked
            if token in ("means", "significa") or (quoted and token in WORD_VERBS):
                return True
            if token == "e" and after[i + 1 : i + 2] and after[i + 1] in _DESCRIBED_OR_NOUN:
                linked = True  # italian24: "è" folds to "e": "frocio è un insulto"
                continue
            if i < 4 and (token in singles or token in ("and", "or", "e", "o")):
                continue  # "retard and faggot are ..."
            if token in copulas or token in WORD_DESCRIBED:
                linked = linked or token in copulas or token == "considered"
                continue
            if quoted and token in ("gets", "get", "got", "should", "be", "been", "can", "often"):
                continue
            return False
        return False

    def _vulgar_shouted(self, ctx: Context, hit: Hit) -> bool:
        """The curse opens or closes the line as its own clause and the rest names no one."""
        if ctx.mentioned or ctx.is_reply:
            return False
        tokens = ctx.tokens
        if hit.first > SHOUT_REACH + 1 or len(tokens) - hit.last > SHOUT_REACH:
            return False  # a long line: more than a clause beside the curse
        before = tokens[: hit.first]
        rest = tokens[hit.last :]
        if len(before) <= 1 and SHOUT_OPENERS.issuperset(before):
            if not rest or not ctx.pause_after(hit.last - 1):
                return False  # a lone curse may be said to someone; "son of a bitch you"
            others = rest
        elif not rest and hit.first > 0 and ctx.pause_after(hit.first - 1):
            others = before  # "the app crashed again, piece of crap"
        else:
            return False
        if not 1 < len(others) <= SHOUT_REACH or others[0] not in SHOUT_SUBJECTS:
            return False  # "nice throw, son of a bitch": who threw it is addressed
        if not self._vulgar_people.isdisjoint(others):
            return False  # "son of a bitch, the ref ...", "son of a bitch, he stole it"
        if _claimed(others, ctx.gaming):
            return False  # "this is my lane, son of a bitch": a grievance against a player
        return not any(self._hostile_word(word) for word in others)


def _claimed(words: list[str], gaming: bool) -> bool:
    """A claim of ownership: "the last hit was mine", "quella kill era mia", "this is my
    lane", or any "is my ..." in game talk. Said with a curse, it blames whoever took it; "my phone
    died" and "this is my life now" claim nothing from anyone."""
    for i, word in enumerate(words):
        if word in OWNED:
            return True
        if word in CLAIM_COPULAS and words[i + 1 : i + 2] and words[i + 1] in CLAIM_OWNERS:
            owned = words[i + 2 : i + 3]
            if gaming or (owned and owned[0] in CLAIMED):
                return True  # "this is my lane": not "this is my life now"
    return False


def _alone_in_quotes(ctx: Context, hit: Hit) -> bool:
    """The hit's word, and nothing else, between quote marks: 'bitch', "retard"."""
    text = ctx.folded
    start = ctx.spans[hit.first][0]
    end = ctx.spans[hit.last - 1][1]
    return start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES


def _learnt(tokens: list[str], verb: int, first: int) -> bool:
    """ "learn to <verb>", "learn how to <verb>" before the hit: an order to the reader."""
    if verb - 2 < first or tokens[verb - 1] != "to":
        return False
    if tokens[verb - 2] in LEARN:
        return True
    return tokens[verb - 2] == "how" and verb - 3 >= first and tokens[verb - 3] in LEARN
