"""Cells a spreadsheet will show as text, never run as a formula (CSV or formula injection).

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``, ``+``, ``-`` or ``@``
(or a tab or carriage return before one) as a formula, so an article sentence like
``=HYPERLINK("http://evil.example", "click")`` would become a live link in a reviewer's sheet.
Such a cell gets a leading apostrophe, which spreadsheets hide and read as "this is text".
A plain number such as ``-0.5`` or ``+3`` is left alone: it is data, not a formula.
Every CSV the project writes passes its rows through :func:`safe_row`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in values]
