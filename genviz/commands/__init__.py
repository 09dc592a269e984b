"""Command-line subcommands, one module per lab. Each module has `register(commands, train_labs)`."""
