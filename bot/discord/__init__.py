"""The Discord side of the application, shared by the cogs.

- `delivery` (bounded per-server queues) over `delivery_checks` (may the bot act,
  what Discord refused, the invalid-request guard); `alert_posting` (moderator alerts);
- `permissions`: the one table of permissions the bot asks for, checks and names;
- `private_reply`: the one way to answer a person privately;
- errors by what they handle: answers to interactions (`interaction_errors`) and
  failed REST calls (`rest_errors`);
- the bot's caches as services: `settings_cache` (`bot.settings`: each server's
  settings and its edit lock) and `scorer_cache` (`bot.scorers`: one scorer per config);
- `message_scoring` (a message as the scorer's input) and `command_sync`.
"""
