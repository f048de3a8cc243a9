"""JSON: an ``AuditReport``, written piece by piece so no article or claim list is ever held whole."""

from __future__ import annotations

import json
from collections.abc import Iterator

from pydantic_core import to_jsonable_python

from claims.exports.options import Options, Totals, articles
from claims.exports.selection import Selection
from factcheck.report import REPORT_VERSION


def render(selection: Selection, options: Options) -> Iterator[str]:
    header = {
        "version": REPORT_VERSION,
        "generated_at": selection.generated_at,
        "generator": options.generator,
        "filters": selection.as_filters(),
    }
    yield json.dumps(to_jsonable_python(header))[:-1] + ',"articles":['
    totals = Totals()
    for index, bundle in enumerate(articles(selection, options)):
        totals.add(bundle)
        # The head's own JSON, reopened to append the streamed lists: same object, same schema.
        yield ("," if index else "") + bundle.head.model_dump_json()[:-1] + ',"claims":['
        for n, row in enumerate(bundle.claims()):
            yield ("," if n else "") + row.item.model_dump_json()
        yield '],"results":['
        for n, result in enumerate(bundle.results()):
            yield ("," if n else "") + result.model_dump_json()
        yield "]}"
    yield f'],"coverage":{totals.coverage.model_dump_json()},"counts":{totals.counts.model_dump_json()}}}\n'
