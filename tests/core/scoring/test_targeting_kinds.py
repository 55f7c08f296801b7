"""The rules' fast names for categories and target kinds are the enums' own members."""

from __future__ import annotations

import pytest

from bot.core.scoring.targeting_kinds import Cat, Kind
from bot.core.scoring.verdict import Category, TargetKind


@pytest.mark.parametrize("member", list(Category))
def test_every_category_is_there_as_itself(member: Category) -> None:
    assert getattr(Cat, member.name) is member


@pytest.mark.parametrize("member", list(TargetKind))
def test_every_target_kind_is_there_as_itself(member: TargetKind) -> None:
    assert getattr(Kind, member.name) is member


def test_nothing_else_is_there() -> None:
    def members(namespace: type) -> set[str]:
        return {name for name in vars(namespace) if name.isupper()}

    assert members(Cat) == {m.name for m in Category}
    assert members(Kind) == {m.name for m in TargetKind}
