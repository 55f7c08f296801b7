"""Targeting rules of the discord16 round (issue 8, sixteenth session): Discord chat
lines the older rules over-read or missed.

- "no one invited you? that's so rude of them", "wait nobody likes you here? that's so
  mean": an exclusion asked back, the answer judging the ones who excluded, is said in
  support. "no one invited you? that's rude of you" rebukes the reader, and "nobody likes
  you. so rude" (no question) stays the older reading.
- "he's so annoying but i love him", "she's such a dork, she's my bestie": a mild
  name-call (discord15's banter ceiling) of a third person said with the writer's love,
  as discord15 reads it of the reader; "he's a loser but i love him" (a stronger word),
  "she is a clown, who could ever love her", "she's so annoying, i love that for her"
  and "he's such a dork ❤️" (a heart alone) stay.
- "leave the server? nah never": an exclusion order asked back and refused; "leave the
  server. now" stays the order.
- "they ruin everything in the best way", "ur so weird in a good way": a put-down's words
  qualified as praise a few words after. "in the worst way" stays hostile.
- "nobody asked but im telling u anyway", "no one asked but here's my list": the
  writer's own aside, the writer going on after "but"; "nobody asked but you keep
  talking", "nobody asked but here you are", "nobody asked 💀" stay the dismissal.
- "'nobody asked' is the most overused comeback", "the 'no one asked' crowd": a phrase
  of two words or more in quotes, named by the word after its closing quote or the
  article before it; "'ur trash'" alone in quotes, "'noob' is what you are" stay said.
- "send pics of ur cat", "send more pics of the build": pictures of a thing asked for;
  "send pics of ur feet", "send pics of urself" stay harassment.
- "what are u wearing to the party", "what r u wearing tomorrow for the con": an outfit
  for an event asked about; "what are u wearing rn" (its chat spellings are lexicon
  lines now) stays the leer.
- "ur lucky this is online", "you're lucky we're not irl" (lexicon lines): harm held back
  by the screen, said to the reader; "we're lucky this is online, the venue is packed"
  holds no reader lucky.
- "go jump lol", "go jump already": "go jump" said bare (its lexicon line); "go jump on
  the trampoline map", "go jump in the lake map" name where, "go jump, use the ledge"
  goes on with another move, and "the boss spawned, go jump" has a game word a few
  words before.

At their own depth: chat's sincerity tags (discord16_words.CHAT_TAGS: "fr", "ngl", "tbh")
close a name-call as "lol" did, in targeting_person's `_attributive`, targeting_olid's
`_ends_clause`, targeting_olid5's predicate and forum3's `_AFTER`: "he's so annoying fr",
"she's so fake fr" are said of the person, and "this map is so annoying fr" stays a
thing. Lexicon lines only: "ur dead when i see u" and its kin, "ur getting swatted"
(threat.txt), "end yourself"/"end urself" (self_harm.txt), "manlet" (body_shaming.txt),
"ur a disappointment" (insult.txt).

Cost: every hit pays one frozenset test of its term (`_OWN_TERMS`) and one of its
category; an exclusion at the reader pays a look for a "?" at its sentence's end, then
at most six tokens of the answer, an exclusion order one look for a "?" after it; an
insult pays a look at six tokens for "way", a mild third-person name-call eight tokens
after it; a flagged hit pays two character tests for quote marks
around it; "go jump" pays a look at its chat tags after and six tokens before; a "lucky"
line one or two tokens before it.
No regex, no new cue list, nothing for a message without a hit.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord15_words as d15
from bot.core.scoring import discord16_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.targeting_precision16 import Precision16Rules
from bot.core.scoring.verdict import TargetKind

__all__ = ["Discord16Rules"]

SUPPORT_NOTE: Final = "an exclusion asked back in support"
PRAISE_NOTE: Final = "praise in a put-down's words"
ASIDE_NOTE: Final = "the writer's own aside"
NAMED_PHRASE_NOTE: Final = "a phrase named in quotes"
THING_PICS_NOTE: Final = "pictures of a thing asked for"
PLACE_NOTE: Final = "a jump in a place or a game"
LUCKY_NOTE: Final = "no reader held lucky"
FOND_NOTE: Final = "a mild name-call of someone loved"
REFUSED_NOTE: Final = "an order asked back and refused"
OUTFIT_NOTE: Final = "an outfit for an event"
_OWN_TERMS: Final[frozenset[str]] = w.NOBODY_ASKED | w.WEARING | w.LUCKY | {w.GO_JUMP}
_FLAGGED: Final = (Kind.SECOND_PERSON, Kind.IMPERATIVE, Kind.THIRD_PERSON, Kind.GROUP)


class Discord16Rules(Precision16Rules):
    """Support for the excluded, praise in put-downs, asides, named phrases, pictures of
    things, and "go jump" said bare."""

    def reread(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' reading, decided anew for this round's shapes."""
        target, note = super().reread(ctx, hit, target, note)
        if hit.entry.term in _OWN_TERMS:
            return self._d16_own(ctx, hit, target, note)
        return target, note

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The final reading, cleared where the line supports, praises, asks for a thing's
        pictures or names a phrase in quotes (after the outright readings of olid4/12)."""
        target, note = super().in_game(ctx, hit, target, note)
        if target not in _FLAGGED:
            return target, note
        entry = hit.entry
        category = entry.category
        tokens = ctx.tokens
        if category is Cat.EXCLUSION and target is Kind.SECOND_PERSON:
            cleared = SUPPORT_NOTE if self._d16_supported(ctx, hit) else ""
        elif category is Cat.EXCLUSION and target is Kind.IMPERATIVE:
            cleared = REFUSED_NOTE if ctx.answered(hit.last, w.REFUSALS) else ""
        elif category is Cat.INSULT:
            cleared = PRAISE_NOTE if _praised(tokens, hit.last) else ""
            if not cleared and target is Kind.THIRD_PERSON and entry.weight <= d15.BANTER_CEILING:
                cleared = FOND_NOTE if _loved(ctx, hit.last) else ""
        elif category is Cat.SEXUAL_HARASSMENT and entry.tokens[0] == w.SEND:
            cleared = THING_PICS_NOTE if _thing_pictured(tokens, hit.last) else ""
        else:
            cleared = ""
        if cleared:
            # "no one invited you? so rude of them", "they ruin everything in the best
            # way", "send pics of ur cat"
            return Kind.NONE, cleared
        if _named_in_quotes(ctx, hit):
            return Kind.REPORTED, NAMED_PHRASE_NOTE  # "'nobody asked' is a comeback"
        return target, note

    def _d16_own(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The round's own terms: "nobody asked but ...", the reader held lucky, an outfit for
        an event, "go jump" bare or in a place."""
        tokens = ctx.tokens
        last = hit.last
        if hit.entry.term in w.NOBODY_ASKED:
            if (
                last + 1 < len(tokens)
                and tokens[last] == "but"
                and tokens[last + 1] in w.ASIDE_OPENERS
                and w.READER.isdisjoint(tokens[last + 1 : last + w.ASIDE_REACH])
            ):
                return Kind.SELF, ASIDE_NOTE  # "nobody asked but im telling u anyway"
            return target, note
        if hit.entry.term in w.LUCKY:
            before = hit.first - 1
            if before >= 0 and tokens[before] in ("so", "really", "very"):
                before -= 1  # "ur so lucky this is online"
            reader = before >= 0 and tokens[before] in w.LUCKY_READERS
            if reader and (tokens[before] != "re" or tokens[before - 1] == "you"):
                return target, note  # "ur lucky this is online"; not "we're lucky"
            return Kind.NONE, LUCKY_NOTE  # "we're lucky this is online, the venue is packed"
        if hit.entry.term in w.WEARING:
            at = last
            while at < len(tokens) and at - last < 3 and tokens[at] in w.OUTFIT_TIMES:
                at += 1
            if at < len(tokens) and tokens[at] in w.OUTFIT_FOR and not ctx.pause_after(at - 1):
                return Kind.NONE, OUTFIT_NOTE  # "what are u wearing to the party"
            return target, note
        at = last
        while at < len(tokens) and tokens[at] in w.BARE_TAGS:
            at += 1
        game_before = not ctx.cues["gaming"].isdisjoint(tokens[max(0, hit.first - 6) : hit.first])
        if (at == len(tokens) or ctx.stop_after(at - 1)) and not game_before:
            return Kind.IMPERATIVE, ""  # "go jump lol"; "boss spawned, go jump" is a move
        return Kind.NONE, PLACE_NOTE  # "go jump on the trampoline map"

    def _d16_supported(self, ctx: Context, hit: Hit) -> bool:
        """The exclusion is asked back ("?" ends its sentence) and the answer's first words
        judge the ones who excluded, not the reader."""
        end = ctx.sentence_end(hit.last - 1, w.SYMPATHY_REACH)
        if end >= len(ctx.tokens) or not ctx.answered(end):
            return False
        answer = ctx.tokens[end : end + w.SYMPATHY_REACH]
        return not w.SYMPATHY.isdisjoint(answer) and w.READER.isdisjoint(answer)


def _praised(tokens: list[str], last: int) -> bool:
    """ "... in the best way", "... in a good way": a praising way a few words after."""
    end = min(len(tokens), last + w.WAY_REACH)
    for at in range(last + 1, end):
        if tokens[at] == "way":
            return tokens[at - 1] in w.PRAISE_WAYS
    return False


def _loved(ctx: Context, last: int) -> bool:
    """The writer's love for the one called names, a few words after: "but i love him",
    "she's my bestie"; not "who could ever love her". A heart alone is no sign here:
    said of someone else, it may be sarcasm (an Italian jab with a heart stayed hostile
    in the data's check). targeting_discord8's `_fond_after` reads its near twin (a bare
    "love him" past fillers, for name-calls up to 0.7); one helper with both readings
    moved a verdict in tidy17's check, so each keeps its own."""
    tokens = ctx.tokens
    end = min(len(tokens) - 1, last + w.FOND_REACH)
    for at in range(last, end):
        word = tokens[at]
        if word == "my" and tokens[at + 1] in w.DEAR_ONES:
            return True  # "she's my bestie"
        if word == "love" and tokens[at + 1] in w.LOVED and at > last:
            lover = at - 1
            if tokens[lover] in w.LOVE_ADVERBS and lover > last:
                lover -= 1
            if tokens[lover] in w.LOVERS:
                return True  # "but i love him", "i still love her"
    return False


def _thing_pictured(tokens: list[str], last: int) -> bool:
    """ "send pics of ur cat": "of", an owner or two, and a word that is no body."""
    if last >= len(tokens) or tokens[last] != w.PICS_OF:
        return False
    at = last + 1
    while at < len(tokens) and at - last <= 2 and tokens[at] in w.PICS_OWNERS:
        at += 1
    return at < len(tokens) and tokens[at] not in w.BODY


def _named_in_quotes(ctx: Context, hit: Hit) -> bool:
    """The hit alone between quote marks, a phrase of two words or more, named by what
    follows or comes before; "'noob' is what you are" says its one word to the reader."""
    if hit.last - hit.first < 2:
        return False
    folded = ctx.folded
    start = ctx.spans[hit.first][0]
    end = ctx.spans[hit.last - 1][1]
    if start == 0 or end >= len(folded):
        return False
    if folded[start - 1] not in w.QUOTE_MARKS or folded[end] not in w.QUOTE_MARKS:
        return False
    tokens = ctx.tokens
    after = tokens[hit.last] if hit.last < len(tokens) else ""
    before = tokens[hit.first - 1] if hit.first > 0 else ""
    if not w.READER.isdisjoint(tokens[hit.last : hit.last + 3]):
        return False  # "'nobody asked' is what you get"
    return after in w.NAMING_AFTER or before in w.NAMING_BEFORE
