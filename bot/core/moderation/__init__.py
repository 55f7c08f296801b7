"""Moderation decisions: nudges, alerts, member state, outcomes, rate limits, term checks."""
