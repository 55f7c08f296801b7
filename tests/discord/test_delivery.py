"""The delivery queue on its own: bounded per server, oldest optional work dropped first,
late work dropped, one delivery at a time per channel and action. No Discord needed:
deliveries here are coroutines that wait on events the test sets."""

from __future__ import annotations

import asyncio

from bot.core.moderation.permission_memory import Action
from bot.discord.delivery import DeliveryService, Kind


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def _drain() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_a_full_queue_drops_the_oldest_optional_work_then_the_oldest_nudge() -> None:
    service = DeliveryService(queue_size=3, workers=1, clock=Clock())
    gate = asyncio.Event()
    ran: list[str] = []
    dropped: list[str] = []

    def job(name: str):  # type: ignore[no-untyped-def]
        async def run() -> None:
            await gate.wait()
            ran.append(name)

        return run

    def submit(kind: Kind, name: str) -> bool:
        return service.submit(
            kind, 1, 10, Action.SEND, job(name), on_drop=lambda: dropped.append(name)
        )

    assert submit(Kind.NUDGE, "running")  # taken by the worker once it starts
    await _drain()
    for kind, name in [(Kind.ALERT, "a1"), (Kind.NUDGE, "n1"), (Kind.NUDGE, "n2")]:
        assert submit(kind, name)
    assert submit(Kind.NUDGE, "n3")  # full: the oldest optional (a1) goes
    assert dropped == ["a1"]
    assert not submit(Kind.REACTION, "r1")  # full of nudges: new optional work goes
    assert submit(Kind.NUDGE, "n4")  # full of nudges: the oldest nudge goes
    assert dropped == ["a1", "r1", "n1"]
    assert service.pending(1) == 4 and service.peak_pending == 4
    gate.set()
    await _drain()
    assert ran == ["running", "n2", "n3", "n4"]
    assert service.dropped == {Kind.ALERT: 1, Kind.REACTION: 1, Kind.NUDGE: 1}
    assert service.pending(1) == 0


async def test_work_past_its_deadline_is_dropped_not_run() -> None:
    clock = Clock()
    service = DeliveryService(queue_size=10, workers=1, clock=clock)
    gate = asyncio.Event()
    ran: list[str] = []

    async def blocker() -> None:
        await gate.wait()

    async def late() -> None:
        ran.append("late")

    service.submit(Kind.NUDGE, 1, 10, Action.SEND, blocker)
    await _drain()
    service.submit(Kind.NUDGE, 1, 10, Action.SEND, late)
    clock.now = 31.0  # the nudge's 30 s have passed while the first one waited
    gate.set()
    await _drain()
    assert ran == [] and service.dropped == {Kind.NUDGE: 1}


async def test_one_delivery_at_a_time_per_channel_and_action() -> None:
    service = DeliveryService(queue_size=10, workers=4, clock=Clock())
    gate = asyncio.Event()
    running: list[tuple[int, Action]] = []

    def job(channel: int, action: Action):  # type: ignore[no-untyped-def]
        async def run() -> None:
            running.append((channel, action))
            await gate.wait()

        return run

    for channel, action in [
        (10, Action.SEND),
        (10, Action.SEND),
        (10, Action.REACT),
        (11, Action.SEND),
    ]:
        service.submit(Kind.NUDGE, 1, channel, action, job(channel, action))
    await _drain()
    assert running == [(10, Action.SEND), (10, Action.REACT), (11, Action.SEND)]
    gate.set()
    await _drain()
    assert len(running) == 4 and service.pending(1) == 0


async def test_a_held_channel_is_skipped_and_counted() -> None:
    service = DeliveryService(clock=Clock())
    service.memory.remember(1, 10, Action.SEND, 0.0)

    async def never() -> None:
        raise AssertionError("must not run")

    assert not service.submit(Kind.NUDGE, 1, 10, Action.SEND, never)
    assert service.undelivered == {Kind.NUDGE: 1}
    service.forget_channel(10)
    assert service.refusal(Kind.NUDGE, 1, 10, Action.SEND) == ("", False)


async def test_deliver_runs_in_the_callers_task_when_a_slot_is_free() -> None:
    service = DeliveryService(clock=Clock())
    tasks: list[asyncio.Task[object] | None] = []

    async def run() -> None:
        tasks.append(asyncio.current_task())

    await service.deliver(Kind.NUDGE, 1, 10, Action.SEND, run)
    assert tasks == [asyncio.current_task()] and service.pending(1) == 0


async def test_deliver_makes_only_its_own_delivery_in_the_callers_task() -> None:
    service = DeliveryService(clock=Clock())
    gate = asyncio.Event()
    ran: list[str] = []

    def job(name: str):  # type: ignore[no-untyped-def]
        async def run() -> None:
            if name != "own":
                await gate.wait()
            ran.append(name)

        return run

    service.submit(Kind.NUDGE, 1, 10, Action.SEND, job("blocker"))
    await _drain()
    service.submit(Kind.NUDGE, 1, 10, Action.SEND, job("queued"))  # waits for channel 10
    await service.deliver(Kind.NUDGE, 1, 11, Action.SEND, job("own"))
    assert ran == ["own"] and service.pending(1) == 2  # the caller did not wait for the others
    gate.set()
    await _drain()
    assert ran == ["own", "blocker", "queued"] and service.pending(1) == 0
