"""Pure core: scoring, decisions and stats maths. Imports neither discord nor aiosqlite."""
