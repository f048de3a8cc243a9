"""Settings shared by every format: chunk size, progress callback, where reviews are published."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from claims.exports.loader import ALL_PARTS, CHUNK_SIZE, ArticleBundle, Parts, Progress, iter_articles
from claims.exports.selection import Selection
from factcheck import ENGINE_VERSION
from factcheck.report import Counts, Coverage


@dataclass(frozen=True)
class Options:
    chunk_size: int = CHUNK_SIZE
    progress: Progress | None = None
    # The address the export was asked from (the admin's host): for links back into the tool.
    base_url: str = ""
    # Where published fact-checks live (--base-url, else FACTCHECK_PUBLIC_URL); ClaimReview's url is under it.
    public_url: str = ""
    organization: str = "factcheck"

    def quiet(self) -> Options:
        """The same options without the progress callback, for a second pass over the selection."""
        return replace(self, progress=None)

    @property
    def generator(self) -> str:
        return f"factcheck export_audit (engine {ENGINE_VERSION})"


class Totals:
    """Counts and coverage summed over the articles as they stream past."""

    def __init__(self) -> None:
        self.counts = Counts()
        self.found = 0
        self.checked = 0
        self.articles = 0

    def add(self, bundle: ArticleBundle) -> None:
        self.articles += 1
        self.counts = self.counts.plus(bundle.head.counts)
        self.found += bundle.head.coverage.numbers_found
        self.checked += bundle.head.coverage.numbers_checked

    @property
    def coverage(self) -> Coverage:
        return Coverage.of(self.found, self.checked)


def articles(selection: Selection, options: Options, parts: Parts = ALL_PARTS) -> Iterator[ArticleBundle]:
    return iter_articles(selection, parts, chunk_size=options.chunk_size, progress=options.progress)
