"""Interaction responses: the callback, followups and the @original message.

Discord rules the bot must respect are enforced here, so a bot that answers twice,
or edits an original response that does not exist, fails like it would in production
(400 code 40060 "already acknowledged", 404 code 10008 "Unknown Message").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.fakediscord.interactions import CallbackType, SentInteraction
from tests.fakediscord.kinds import JSON
from tests.fakediscord.records import RecordedRequest
from tests.fakediscord.rest import ApiError, unknown

if TYPE_CHECKING:
    from tests.fakediscord.server import FakeDiscord

EPHEMERAL = 1 << 6
LOADING = 1 << 7


@dataclass
class InteractionState:
    """What has happened to one interaction so far."""

    sent: SentInteraction
    response_type: int | None = None
    original_message_id: int | None = None


class InteractionResponder:
    """Handlers for /interactions/.../callback and /webhooks/{app}/{token}/..."""

    def __init__(self, fake: FakeDiscord) -> None:
        self._fake = fake
        self.by_token: dict[str, InteractionState] = {}

    def register(self, sent: SentInteraction) -> None:
        self.by_token[sent.token] = InteractionState(sent)

    def _state(self, token: str) -> InteractionState:
        state = self.by_token.get(token)
        if state is None:
            raise unknown("Webhook", 10015)
        return state

    async def callback(self, req: RecordedRequest) -> tuple[int, Any]:
        state = self._state(req.params["interaction_token"])
        if str(state.sent.id) != req.params["interaction_id"]:
            raise unknown("interaction", 10062)
        if state.response_type is not None:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body: JSON = req.json or {}
        kind = int(body.get("type", 0))
        data: JSON = body.get("data") or {}
        state.response_type = kind
        message: JSON | None = None
        if kind == CallbackType.CHANNEL_MESSAGE:
            message = await self._fake.create_interaction_message(state.sent, data, req.files)
            state.original_message_id = int(message["id"])
        elif kind == CallbackType.DEFERRED_CHANNEL_MESSAGE:
            flags = LOADING | (int(data.get("flags", 0)) & EPHEMERAL)
            message = await self._fake.create_interaction_message(
                state.sent, {"content": "", "flags": flags}, ()
            )
            state.original_message_id = int(message["id"])
        elif kind == CallbackType.UPDATE_MESSAGE:
            message = await self._fake.apply_edit(self._component_message(state), data, req.files)
        elif kind in (CallbackType.DEFERRED_UPDATE_MESSAGE, CallbackType.MODAL):
            if kind == CallbackType.DEFERRED_UPDATE_MESSAGE:
                self._component_message(state)
        else:
            raise ApiError(400, 50035, f"Invalid Form Body: unsupported callback type {kind}")
        if req.query.get("with_response") not in ("1", "true", "True"):
            return 204, None
        flags = int(message.get("flags", 0)) if message else 0
        answer: JSON = {
            "interaction": {
                "id": str(state.sent.id),
                "type": state.sent.type,
                "response_message_loading": kind == CallbackType.DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        if message is not None:
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        return 200, answer

    def _component_message(self, state: InteractionState) -> JSON:
        if state.sent.message_id is None:
            raise ApiError(400, 40061, "Interaction has no message to update")
        return self._fake.message(state.sent.channel_id, state.sent.message_id)

    def _original(self, state: InteractionState) -> JSON:
        if state.response_type is None:
            raise unknown("Message", 10008)
        if state.original_message_id is not None:
            return self._fake.message(state.sent.channel_id, state.original_message_id)
        if state.response_type in (
            CallbackType.DEFERRED_UPDATE_MESSAGE,
            CallbackType.UPDATE_MESSAGE,
        ):
            return self._component_message(state)
        raise unknown("Message", 10008)

    def _target(self, req: RecordedRequest) -> tuple[InteractionState, JSON]:
        state = self._state(req.params["webhook_token"])
        message_id = req.params.get("message_id")
        if message_id is None or message_id == "@original" or "@original" in req.path:
            return state, self._original(state)
        return state, self._fake.message(state.sent.channel_id, int(message_id))

    async def followup(self, req: RecordedRequest) -> tuple[int, Any]:
        state = self._state(req.params["webhook_token"])
        if state.response_type is None:
            raise ApiError(400, 10015, "Unknown Webhook: the interaction was not responded to")
        message = await self._fake.create_interaction_message(state.sent, req.json or {}, req.files)
        wait = req.query.get("wait") in ("1", "true", "True")
        return (200, message) if wait else (204, None)

    async def get_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        return 200, self._target(req)[1]

    async def edit_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        _, message = self._target(req)
        body: JSON = dict(req.json or {})
        if int(message.get("flags", 0)) & LOADING:
            body["flags"] = int(message["flags"]) & ~LOADING | int(body.get("flags", 0))
        return 200, await self._fake.apply_edit(message, body, req.files)

    async def delete_webhook_message(self, req: RecordedRequest) -> tuple[int, Any]:
        _, message = self._target(req)
        await self._fake.delete_message(int(message["id"]))
        return 204, None
