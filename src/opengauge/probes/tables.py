"""Markdown tables read by column: a card that puts its quantities in column headers and the figures
in the rows below ("| Parameters | Training tokens |" over "| 7.2B | 2.5T |") states "2.5T training
tokens" as plainly as a sentence does, but no line holds both the figure and its name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from opengauge.model import CodeRepo, Document
from opengauge.probes.context import _FENCE, Hit, ProbeContext, split_front_matter
from opengauge.textio import table_cells

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_MAX_ROWS = 200  # rows read under one header


def column_cells(
    ctx: ProbeContext,
    docs: Iterable[tuple[Document, CodeRepo | None]],
    header: re.Pattern[str],
) -> Iterator[tuple[str, Hit]]:
    """(cell text, the row as a hit) of every cell, in every Markdown table of `docs` outside code
    blocks and front matter, whose column header `header` matches, in document order."""
    for doc, repo in docs:
        lines, _ = ctx._lines(doc)
        skip, _ = split_front_matter(doc.text)
        fenced = False
        i = skip
        while i < len(lines) - 1:
            if _FENCE.match(lines[i]):
                fenced = not fenced
            elif not fenced and _ROW.match(lines[i]) and _RULE.match(lines[i + 1]):
                heads = table_cells(lines[i])
                cols = [k for k, h in enumerate(heads) if header.search(h)]
                j = i + 2
                while cols and j < len(lines) and j < i + 2 + _MAX_ROWS and _ROW.match(lines[j]):
                    row = table_cells(lines[j])
                    for k in cols:
                        if k < len(row) and row[k]:
                            yield row[k], Hit(doc, j + 1, lines[j], repo)
                    j += 1
                i = j
                continue
            i += 1
