"""Scoring: fold text, load lexicons, find who a phrase is aimed at, weigh it into a verdict."""
