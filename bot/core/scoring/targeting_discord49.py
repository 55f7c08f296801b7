"""Targeting rules of the discord49 round (issue 8): grooming on Discord, an older member
working on a young reader, in words no older line held (child safety is part of
harassment for this bot's users).

- The secret from the reader's parents: the telling forbidden ("dont tell", "never
  tell") to the reader's parents, family or friends ("your mom", "ur parents") or to
  anyone, then nothing more (over chat's tails: "ok", "pls") or what is hidden: "about"
  us, me, this or our chats, or that we talk ("we talk", "we're chatting", "i dm you"):
  "dont tell your parents about us", "dont tell ur mom we talk", "dont tell anyone we
  talk", "dont tell ur parents ok"; the chats deleted ("delete our chats", "delete these
  messages") so that the reader's parents or nobody sees ("so your mom doesnt see",
  "before your dad checks your phone", "so nobody sees it"); the secret named, opening
  its sentence over "this is", "its" and the like and closing the message ("this is our
  little secret ok", "its our secret"), or kept between us ("keep this between us ok",
  "keep our chats between us").
- The reader sized up as a child: asked whether they are alone ("are" right before, or
  the words opening their sentence), closing the message over tails ("are you home alone
  rn", "r u alone", "are you alone in your room", "u home alone?"), with no game talk in
  the message; or flattered as mature for a young age ("you're", "ur", "you are", "you
  seem" before "mature for" over "so" or "really", then "your age", a child or an age
  under 18): "you're mature for your age", "ur so mature for 13", "u r so mature for a 12
  year old".

Stay clean: a surprise, a mishap or a spoiler kept ("dont tell your parents about the
surprise party", "dont tell your dad i broke his controller", "dont tell anyone the
ending"), a question, a secret or a telling-off that goes on into more talk ("are you
alone? can i call you about the homework", "its our little secret, the surprise party",
"dont tell your parents, it's a surprise"), channels and bots ("delete the old messages
in #general", "delete this chat if you want"), gossip and game secrets ("keep this
between us but i think sam likes jenny", "the easter egg is our little secret until the
update"), a queue, a lobby or a game ("are you alone in the queue? i can join", "you
alone carried that match"), the writer and others ("i'm home alone tonight", "i'm mature
for my age", "he is mature for his age", "you're mature for a 30 year old"), negations,
reports and warnings ("he told me to keep it between us", "never keep secrets from your
parents online"), quotes. The round's own lines out of these shapes are cancelled.

Cost per hit: a frozenset test of the term; then at most TALK_REACH, TAIL_REACH,
CHAT_REACH and SEE_REACH tokens ahead, SECRET_REACH, KEPT_REACH, KEEP_REACH and
INTENSIFIER_REACH tokens back and GUARD_REACH words of the sentence before it tested
against a frozenset. No regex; no older line reads differently.
"""

from __future__ import annotations

from typing import Final

from bot.core.scoring import discord49_words as w
from bot.core.scoring.targeting_context import Context, Hit
from bot.core.scoring.targeting_discord48 import Discord48Rules
from bot.core.scoring.targeting_kinds import Kind
from bot.core.scoring.verdict import TargetKind

__all__ = ["NOT_GROOMING49_NOTE", "Discord49Rules"]

# The note that cancels this round's lines out of shape (weighing zeroes any note it
# does not name).
NOT_GROOMING49_NOTE: Final[str] = "no secret, no being alone, no age flattered"


class Discord49Rules(Discord48Rules):
    """Grooming of a young reader: the talk hidden from the reader's parents ("dont tell
    your parents about us", "delete our chats so your mom doesnt see"), the reader asked
    whether they are alone or flattered as mature for their age ("are you home alone rn",
    "ur so mature for 13"); read only by this round's own lines."""

    def in_game(
        self, ctx: Context, hit: Hit, target: TargetKind, note: str
    ) -> tuple[TargetKind, str]:
        """The earlier rules' final reading; this round's own lines aimed at the reader in
        its shapes and cancelled out of them."""
        target, note = super().in_game(ctx, hit, target, note)
        if hit.entry.term not in w.OWN_TERMS:
            return target, note
        if (
            target is not Kind.REPORTED
            and not ctx.quoted(hit.first, hit.last)
            and _d49_shaped(ctx, hit)
        ):
            return Kind.SECOND_PERSON, ""  # "dont tell your parents about us"
        return Kind.NONE, NOT_GROOMING49_NOTE  # "delete the old messages in #general"


def _d49_shaped(ctx: Context, hit: Hit) -> bool:
    """The term in one of the round's shapes, with no negation or report before it in its
    sentence ("she said dont tell your mom", "he told me to keep it between us")."""
    tokens = ctx.tokens
    said = tokens[ctx.sentence_start(hit.first, w.GUARD_REACH) : hit.first]
    if not w.NEGATORS.isdisjoint(said) or not w.REPORTERS.isdisjoint(said):
        return False
    term = hit.entry.term
    if term in w.TELL_TERMS:
        return _d49_untold(ctx, hit.last)
    if term in w.DELETE_TERMS:
        return _d49_unseen(ctx, hit.last)
    if term in w.SECRET_TERMS:
        return ctx.opens_after(hit.first, w.SECRET_LEADS, w.SECRET_REACH) and ctx.only_tags_after(
            hit.last, w.TAILS, w.TAIL_REACH
        )
    if term in w.BETWEEN_TERMS:
        return _d49_kept(ctx, hit)
    if term in w.ALONE_TERMS:
        return _d49_alone(ctx, hit)
    return _d49_flattered(ctx, hit)


def _d49_untold(ctx: Context, at: int) -> bool:
    """The reader's parents or anyone right after the forbidden telling at token `at`,
    then the clause closing ("dont tell ur parents ok"), "about" what is ours ("about
    us", "about our chats") or our talk ("we talk", "we're chatting", "i dm you")."""
    tokens = ctx.tokens
    parents = at < len(tokens) and tokens[at] in w.OWNERS and not ctx.pause_after(at)
    if parents:
        at += 1
        if at >= len(tokens) or tokens[at] not in w.PARENTS:
            return False
    elif at >= len(tokens) or tokens[at] not in w.ANYONE:
        return False
    after = at + 1
    if ctx.only_tags_after(after, w.TAILS, w.TAIL_REACH):
        return parents  # "dont tell your parents ok"; not "dont tell anyone ok"
    if ctx.pause_after(at):
        return False
    if tokens[after] in w.ABOUT:
        hidden = after + 1
        if hidden < len(tokens) and tokens[hidden] in w.OURS:
            return True  # "about us", "about our chats"
        return (
            parents
            and hidden < len(tokens)
            and tokens[hidden] in w.THIS
            and ctx.closes_after(hidden + 1, w.TAILS, w.TAIL_REACH)
        )  # "dont tell your parents about this"
    if tokens[after] not in w.TALKERS:
        return False  # "dont tell your dad i broke his controller" goes on below
    talk = ctx.skip_ahead(after + 1, w.TALK_GAP, w.TALK_REACH)
    return talk < len(tokens) and tokens[talk] in w.TALKS  # "we talk", "we're chatting"


def _d49_unseen(ctx: Context, at: int) -> bool:
    """Chats deleted from token `at` on ("delete our [chats]"), then the reader's parents
    seeing in the SEE_REACH words after ("so your mom doesnt see", "before ur dad checks
    your phone"), or nobody seeing our chats ("delete our dms so nobody sees")."""
    tokens = ctx.tokens
    chat = ctx.skip_ahead(at, w.CHAT_MODIFIERS, w.CHAT_REACH)
    if chat >= len(tokens) or tokens[chat] not in w.CHATS:
        return False  # "delete the bot's messages" reads "bot"
    window = tokens[chat + 1 : chat + 1 + w.SEE_REACH]
    if w.SEEING.isdisjoint(window):
        return False  # "delete this chat if you want, i saved the link"
    if not w.ANYONE.isdisjoint(window) and not w.OUR.isdisjoint(tokens[at - 1 : chat]):
        return True  # "delete our chats so nobody sees"; not a mod's "so nobody sees the slur"
    return any(
        window[i] in w.OWNERS and window[i + 1] in w.PARENTS for i in range(len(window) - 1)
    )  # "so your mom doesnt see"


def _d49_kept(ctx: Context, hit: Hit) -> bool:
    """ "keep this between us" closing its clause, "keep" opening its sentence over a
    request's leads: "keep this between us ok", "pls keep our chats between us"."""
    kept = ctx.back_over(hit.first, w.KEPT, w.KEPT_REACH)
    if kept == hit.first or kept < 1 or ctx.tokens[kept - 1] not in w.KEEP:
        return False  # "between us we have enough gold"
    if not ctx.opens_after(kept - 1, w.KEEP_LEADS, w.KEEP_REACH):
        return False  # "he told me to keep it between us"
    # Not "keep this between us, the surprise is on friday": the message ends there.
    return ctx.only_tags_after(hit.last, w.TAILS, w.TAIL_REACH)


def _d49_alone(ctx: Context, hit: Hit) -> bool:
    """The reader asked whether they are alone: "are" right before, or the words opening
    their sentence asked ("you alone?") or asking as they stand ("ru alone", "u home
    alone"); the message ending over tails, no game talk in the message (not "are you
    alone in the queue? i can join", "you alone carried that match")."""
    if ctx.gaming or not ctx.only_tags_after(hit.last, w.TAILS, w.TAIL_REACH):
        return False  # "are you alone? can i call you about the homework"
    first = hit.first
    if first > 0 and ctx.tokens[first - 1] in w.ARE:
        return True  # "are you alone", "r u home alone rn"
    if not ctx.starts_sentence(first):
        return False  # "leave you alone"
    # "ru alone", "u home alone", "you alone?"; not a bare "you alone"
    return hit.entry.term in w.ASKING_ALONE or ctx.ends_asking(first)


def _d49_flattered(ctx: Context, hit: Hit) -> bool:
    """The reader ("you're", "ur", "you are", "you seem") right before "mature for" over
    intensifiers, then a young age, "your age" or a child: "ur so mature for 13", "you're
    mature for your age", "u r so mature for a 12 year old"."""
    tokens = ctx.tokens
    subject = ctx.back_over(hit.first, w.INTENSIFIERS, w.INTENSIFIER_REACH) - 1
    if subject < 0 or ctx.pause_after(subject):
        return False
    if tokens[subject] in w.READER_VERBS:
        subject -= 1  # "you are", "u r", "you seem"
    if subject < 0 or tokens[subject] not in w.READERS:
        return False  # "i'm mature for my age", "he is mature for his age"
    age = ctx.skip_ahead(hit.last, w.ARTICLES, w.ARTICLE_REACH)
    if age >= len(tokens):
        return False
    if tokens[age] in w.YOUNG:
        return True  # "for 13", "for a 12 year old", "for a kid"
    return (
        tokens[age] in w.OWNERS and age + 1 < len(tokens) and tokens[age + 1] in w.AGE
    )  # "for your age"
