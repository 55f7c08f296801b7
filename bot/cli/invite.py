"""`kindness-bot invite`: the OAuth2 URL that adds the bot with the fewest permissions.

Each permission is listed with the feature that needs it (`--explain`, from the
table in `bot.discord.permissions`), so the integer in the URL can be audited.
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlencode

from bot.cli.common import ExitCode, add_env_file_argument, config_from_args
from bot.config import ConfigError
from bot.discord.permissions import AUTOMOD_PERMISSION, BOT_PERMISSIONS, invite_permissions

AUTHORIZE_URL = "https://discord.com/oauth2/authorize"
SCOPES = ("bot", "applications.commands")


def invite_url(application_id: int, *, automod: bool = False) -> str:
    """The authorize URL for `application_id` with both scopes and the minimal permissions
    (plus Manage Server with `automod`, for `/kindness automod`)."""
    query = urlencode(
        {
            "client_id": str(application_id),
            "scope": " ".join(SCOPES),
            "permissions": str(invite_permissions(automod=automod).value),
        }
    )
    return f"{AUTHORIZE_URL}?{query}"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--application-id",
        type=int,
        default=None,
        help="your application's ID (Developer Portal → General Information); "
        "defaults to KINDNESS_APPLICATION_ID",
    )
    add_env_file_argument(parser)
    parser.add_argument(
        "--explain", action="store_true", help="also list each permission and why it is needed"
    )
    parser.add_argument(
        "--automod",
        action="store_true",
        help="also ask for Manage Server, which /kindness automod needs to keep an AutoMod rule",
    )


def main(args: argparse.Namespace) -> int:
    application_id: int | None = args.application_id
    if application_id is None:
        try:
            application_id = config_from_args(args).application_id
        except ConfigError as exc:
            print(f"kindness-bot: {exc}", file=sys.stderr)
            return ExitCode.CONFIG
    if application_id is None or application_id <= 0:
        print(
            "kindness-bot: pass --application-id ID or set KINDNESS_APPLICATION_ID. The ID is "
            "on https://discord.com/developers/applications → your application → General "
            "Information → Application ID.",
            file=sys.stderr,
        )
        return ExitCode.CONFIG
    print(invite_url(application_id, automod=args.automod))
    if args.explain:
        asked = (*BOT_PERMISSIONS, AUTOMOD_PERMISSION) if args.automod else BOT_PERMISSIONS
        for permission in asked:
            print(f"  {permission.flag}: {permission.reason}")
    return ExitCode.OK
