"""Pure core: imports neither discord nor aiosqlite, nor db, cogs or the rest of bot.

By job: `scoring` (text to verdict), `moderation` (what to do about a verdict),
`stats` (counters, the weekly schedule and summary maths), `texts` (everything the
bot says, per language). `guild_settings` and `failure_log` are shared by all.
"""
