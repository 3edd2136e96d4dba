"""The commands of `rejection-watcher`, one module per group; each registers itself in
`watcher.cli.COMMANDS` with `@command`, and its docstring is its `--help`."""
