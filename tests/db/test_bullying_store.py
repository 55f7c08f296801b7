"""Bullying opt-outs and support-message times: round trip, one per window, forget, prune."""

from __future__ import annotations

from pathlib import Path

from db.database import Database

GUILD, OTHER_GUILD = 111_111_111_111, 222_222_222_222
MEMBER = 987_654_321_987_654
WEEK = 7 * 86_400.0


async def test_opt_out_is_per_server_and_counted_once(db: Database) -> None:
    assert not await db.bullying_opted_out(GUILD, MEMBER)
    assert await db.add_bullying_optout(GUILD, MEMBER)
    assert not await db.add_bullying_optout(GUILD, MEMBER)  # already: not a second opt-out
    assert await db.bullying_opted_out(GUILD, MEMBER)
    assert not await db.bullying_opted_out(OTHER_GUILD, MEMBER)


async def test_one_support_message_per_member_per_week(db: Database) -> None:
    assert await db.claim_bullying_dm(GUILD, MEMBER, 1000.0, every=WEEK)
    assert not await db.claim_bullying_dm(GUILD, MEMBER, 1000.0, every=WEEK)  # a second episode
    assert not await db.claim_bullying_dm(GUILD, MEMBER, 1000.0 + WEEK - 1, every=WEEK)
    assert await db.claim_bullying_dm(OTHER_GUILD, MEMBER, 1001.0, every=WEEK)
    assert await db.claim_bullying_dm(GUILD, MEMBER, 1000.0 + WEEK, every=WEEK)


async def test_prune_drops_only_passed_weeks(db: Database) -> None:
    await db.claim_bullying_dm(GUILD, MEMBER, 1000.0, every=WEEK)
    await db.claim_bullying_dm(GUILD, MEMBER + 1, 5000.0, every=WEEK)
    assert await db.prune_bullying_dms(before=2000.0) == 1
    assert await db.claim_bullying_dm(GUILD, MEMBER, 1500.0, every=WEEK)  # forgotten: free
    assert not await db.claim_bullying_dm(GUILD, MEMBER + 1, 5001.0, every=WEEK)


async def test_forget_erases_opt_out_and_support_time_to_the_last_byte(
    db: Database, db_path: Path
) -> None:
    await db.add_bullying_optout(GUILD, MEMBER)
    await db.claim_bullying_dm(GUILD, MEMBER, 1000.0, every=WEEK)
    await db.add_bullying_optout(OTHER_GUILD, MEMBER + 1)
    needle = MEMBER.to_bytes(8, "big")

    def occurrences() -> int:
        return sum(f.read_bytes().count(needle) for f in db_path.parent.iterdir())

    assert occurrences() > 0
    assert await db.forget_user(GUILD, MEMBER) == 2
    assert not await db.bullying_opted_out(GUILD, MEMBER)
    assert await db.bullying_opted_out(OTHER_GUILD, MEMBER + 1)
    assert occurrences() == 0
