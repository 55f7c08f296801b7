"""Weekly summaries: what is in one (`content`, `chart`) and posting each once (`scheduler`)."""
