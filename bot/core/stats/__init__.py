"""Stats: daily counters, their export, the weekly schedule and the summary maths."""
