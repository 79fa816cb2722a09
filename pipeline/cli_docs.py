"""The README's command reference, made from the commands' own --help, and its table of the
employee list's recognised headers, made from the code that recognises them (a test keeps both
in sync).

    python -m pipeline.cli_docs        # rewrite those sections in README.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import main

START = "<!-- commands: made by `python -m pipeline.cli_docs`; do not edit by hand -->"
END = "<!-- /commands -->"
HEADERS_START = "<!-- headers: made by `python -m pipeline.cli_docs`; do not edit by hand -->"
HEADERS_END = "<!-- /headers -->"


def command_reference() -> str:
    parts = []
    settings = {"terminal_width": 100, "max_content_width": 100, **main.context_settings}
    with click.Context(main, info_name="mus", **settings) as ctx:
        parts.append(f"### mus\n\n```\n{main.get_help(ctx)}\n```")
        for name in main.list_commands(ctx):
            command = main.get_command(ctx, name)
            assert command is not None
            with click.Context(command, info_name=name, parent=ctx, **settings) as sub:
                parts.append(f"### mus {name}\n\n```\n{command.get_help(sub)}\n```")
    return "\n\n".join(parts)


def _replace(text: str, start: str, end: str, body: str) -> str:
    head, found, rest = text.partition(start)
    if not found:
        return text
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n\n{body}\n\n{end}{tail}"


def with_reference(readme: str) -> str:
    from pipeline.sheets.columns import recognised_headers

    text = _replace(readme, START, END, command_reference())
    return _replace(text, HEADERS_START, HEADERS_END, recognised_headers())


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(with_reference(path.read_text(encoding="utf-8")), encoding="utf-8")
