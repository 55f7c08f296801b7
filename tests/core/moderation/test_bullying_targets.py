"""Who a hostile message is aimed at: only what Discord says, never roles, bots or oneself."""

from __future__ import annotations

from bot.core.moderation.bullying_targets import MAX_TARGETS, MessageAim, Person, targets_of

AUTHOR = 100


def test_the_member_replied_to_and_the_members_mentioned_are_targets_in_order() -> None:
    aim = MessageAim(AUTHOR, replied_to=Person(7), mentioned=(Person(8), Person(7), Person(9)))
    assert targets_of(aim) == (7, 8, 9)


def test_a_reply_to_a_bot_or_to_oneself_is_never_a_target() -> None:
    assert targets_of(MessageAim(AUTHOR, replied_to=Person(5, bot=True))) == ()
    assert targets_of(MessageAim(AUTHOR, replied_to=Person(AUTHOR))) == ()
    assert targets_of(MessageAim(AUTHOR, mentioned=(Person(AUTHOR), Person(6, bot=True)))) == ()


def test_roles_and_everyone_are_ignored() -> None:
    aim = MessageAim(AUTHOR, role_ids=(55, 56), mentions_everyone=True)
    assert targets_of(aim) == ()
    with_member = MessageAim(
        AUTHOR, mentioned=(Person(9),), role_ids=(9, 55), mentions_everyone=True
    )
    assert targets_of(with_member) == (9,)


def test_no_reply_and_no_mention_means_no_target() -> None:
    assert targets_of(MessageAim(AUTHOR)) == ()


def test_a_mass_mention_touches_at_most_max_targets() -> None:
    aim = MessageAim(AUTHOR, mentioned=tuple(Person(i) for i in range(1, 50)))
    assert targets_of(aim) == tuple(range(1, MAX_TARGETS + 1))
