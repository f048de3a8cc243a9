"""Printing a stored check run the way `check_article` prints a file."""

from __future__ import annotations

from typing import TextIO

from claims.models import Article, CheckRun
from factcheck.textreport import lint_lines, summary_line


def print_run(out: TextIO, article: Article, run: CheckRun, verbose: bool = False) -> None:
    findings = [result.as_finding() for result in run.results.all()]
    label = f"article-{article.pk}"
    for line in lint_lines(label, article.body, findings, verbose=verbose):
        out.write(line)
    out.write(summary_line(findings, run.claims_found, run.numbers_checked))
