"""Built-in data and loaders for user files."""
