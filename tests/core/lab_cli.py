"""genviz's command line with a lab's commands and sampler registered, for the labs' command-line tests."""


def lab_cli(monkeypatch, lab: str, *more_commands: str):
    """The cli module, with `genviz train <lab>`, `genviz sample` (reading the lab's files) and `more_commands`."""
    from genviz import cli
    from genviz.commands import sample

    commands = [f"genviz.commands.{lab}", "genviz.commands.sample", *more_commands]
    monkeypatch.setattr(cli, "LAB_COMMANDS", list(dict.fromkeys([*cli.LAB_COMMANDS, *commands])))
    monkeypatch.setitem(sample.SAMPLERS, lab, f"genviz.core.{lab}.sampler")
    return cli
