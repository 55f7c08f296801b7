"""compose.sharded.yaml: PostgreSQL and shard services that together run every shard
once, with settings the bot accepts. Read, not run: no container engine here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.config import AppConfig
from tests.test_deploy_files import default_shutdown_grace, seconds

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "compose.sharded.yaml").read_text())
    return loaded


def shard_services() -> dict[str, dict[str, Any]]:
    return {name: s for name, s in compose()["services"].items() if name.startswith("shard-")}


def test_the_shards_together_run_every_shard_exactly_once() -> None:
    plans = [
        AppConfig.from_mapping({"DISCORD_TOKEN": "t", **service["environment"]}).shards
        for service in shard_services().values()
    ]
    assert len(plans) == 2
    (count,) = {plan.count for plan in plans}
    assert count is not None
    ids = sorted(i for plan in plans for i in plan.ids)
    assert ids == list(range(count))


def test_every_shard_uses_the_postgresql_service_once_it_is_healthy() -> None:
    services = compose()["services"]
    database = services["postgres"]
    assert database["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(database["healthcheck"]["test"])
    (volume,) = database["volumes"]
    assert volume.split(":")[0] in compose()["volumes"]
    for service in shard_services().values():
        url = service["environment"]["DATABASE_URL"]
        assert url.startswith("postgresql://") and "@postgres:5432/" in url
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert service["build"] == "." and service["env_file"] in (".env", [".env"])
        assert seconds(service["stop_grace_period"]) >= default_shutdown_grace() + 10


def test_the_simple_compose_file_stays_one_service_on_sqlite() -> None:
    simple = yaml.safe_load((ROOT / "compose.yaml").read_text())
    (service,) = simple["services"].values()
    assert "DATABASE_URL" not in service.get("environment", {})
    assert not any(k.startswith("KINDNESS_SHARD") for k in service.get("environment", {}))
