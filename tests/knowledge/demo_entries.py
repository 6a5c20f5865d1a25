"""A made-up code catalog entry for the tests that write broken or odd entries: the fields every entry
has, in one place; a test adds the flags and fields it checks."""

from __future__ import annotations


def demo_code_entry(*extra: str) -> str:
    """The YAML of the made-up `demo-code` entry, with `extra` lines (each `key: value`) added."""
    lines = [
        "id: demo-code",
        "name: Demo code",
        "repos: [acme/demo]",
        "url: https://github.com/acme/demo",
        "license: MIT",
        *extra,
        "note: A made-up code base.",
        "source: https://github.com/acme/demo",
        "checked: 2026-12-03",
    ]
    return "\n".join(lines) + "\n"
