"""Which shards a process connects and which servers it therefore owns.

Discord puts a server on shard `(guild_id >> 22) % shard_count`. A process that
connects some shards receives only their servers' events, so it also does their
background work (weekly summaries, nudge deletions, retention) and nothing else:
several processes share one database without doing any server's work twice.
Pure: the settings give strings, this gives a `ShardPlan` or a `ShardError`.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHARD_COUNT = 65_536
"""Far above any real bot (Discord recommends one shard per 1,000 servers)."""


class ShardError(ValueError):
    """A shard setting is malformed; str() is one sentence saying what to fix."""


def shard_of(guild_id: int, shard_count: int) -> int:
    """The shard Discord sends a server's events on."""
    return (guild_id >> 22) % shard_count


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """`count` None: unsharded, the process connects as Discord recommends and owns all."""

    count: int | None = None
    ids: tuple[int, ...] = ()

    @property
    def sharded(self) -> bool:
        return self.count is not None

    def owns(self, guild_id: int) -> bool:
        """True when this process receives (and works for) the server."""
        if self.count is None:
            return True
        return shard_of(guild_id, self.count) in self.ids

    def describe(self) -> str:
        """For logs and messages: `shards 0, 1 of 4` or `all shards`."""
        if self.count is None:
            return "all shards"
        word = "shard" if len(self.ids) == 1 else "shards"
        return f"{word} {', '.join(map(str, self.ids))} of {self.count}"


UNSHARDED = ShardPlan()
"""The default: connect as Discord recommends, own every server."""


def parse_shard_ids(raw: str) -> tuple[int, ...]:
    """`0,1`, `0-3` or `0-1,4` -> sorted unique ids; ShardError on anything else."""
    found: set[int] = set()
    for part in raw.split(","):
        piece = part.strip()
        if not piece:
            raise ShardError(
                f"KINDNESS_SHARD_IDS has an empty entry in {raw!r}; write ids like 0,1 or 0-3"
            )
        low, dash, high = piece.partition("-")
        if not low.strip().isdigit() or (dash and not high.strip().isdigit()):
            raise ShardError(
                f"KINDNESS_SHARD_IDS must be shard numbers like 0,1 or a range like 0-3, "
                f"not {piece!r}"
            )
        start = int(low)
        end = int(high) if dash else start
        if end < start:
            raise ShardError(
                f"KINDNESS_SHARD_IDS range {piece!r} runs backwards; write it low-high, "
                f"like {end}-{start}"
            )
        found.update(range(start, min(end, MAX_SHARD_COUNT) + 1))
    return tuple(sorted(found))


def shard_plan(count_raw: str | None, ids_raw: str | None) -> ShardPlan:
    """The plan the two settings describe; each mistake is one sentence.

    A count without ids connects every shard of that count (one process for all);
    ids without a count are refused, since the ids mean nothing without it.
    """
    if count_raw is None:
        if ids_raw is not None:
            raise ShardError(
                "KINDNESS_SHARD_IDS needs KINDNESS_SHARD_COUNT, the total number of shards "
                "across all processes; set both or neither"
            )
        return UNSHARDED
    if not count_raw.isdigit() or not 1 <= int(count_raw) <= MAX_SHARD_COUNT:
        raise ShardError(
            f"KINDNESS_SHARD_COUNT must be a whole number of shards from 1 to "
            f"{MAX_SHARD_COUNT}, not {count_raw!r}"
        )
    count = int(count_raw)
    if ids_raw is None:
        return ShardPlan(count, tuple(range(count)))
    ids = parse_shard_ids(ids_raw)
    outside = [i for i in ids if i >= count]
    if outside:
        raise ShardError(
            f"KINDNESS_SHARD_IDS names shard {outside[0]}, but with KINDNESS_SHARD_COUNT={count} "
            f"the shards are 0 to {count - 1}"
        )
    return ShardPlan(count, ids)
