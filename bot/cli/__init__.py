"""The `kindness-bot` command line: `main` dispatches; one module per subcommand."""
