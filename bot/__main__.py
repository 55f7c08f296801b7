"""Allows `python -m bot`."""

from bot.cli.entry import main

raise SystemExit(main())
