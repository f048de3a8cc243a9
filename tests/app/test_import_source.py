"""import_source shares import_article's behaviour and adds the source's kind."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from sources.models import Source, SourceKind

pytestmark = pytest.mark.django_db

FILING = "<html><head><title>Q4 results</title></head><body><p>Revenue was RMB 280,154 million.</p></body></html>"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_source", *args, stdout=out)
    return out.getvalue()


def test_import_source_with_kind_and_idempotency(tmp_path):
    path = tmp_path / "filing.html"
    path.write_text(FILING)
    first = run(str(path), "--kind=primary", "--publisher=Alibaba Group")
    again = run(str(path))
    source = Source.objects.get()
    assert first.startswith(f"Imported source {source.pk}: Q4 results")
    assert again.strip() == f"Already imported as source {source.pk}: Q4 results"
    assert source.kind == SourceKind.PRIMARY
    assert source.body == "Revenue was RMB 280,154 million."


@pytest.mark.parametrize(("content", "message"), [(b"", "empty"), (b"\xff", "not valid UTF-8")])
def test_bad_source_input_writes_nothing(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run(str(path))
    assert not Source.objects.exists()


def test_unknown_kind_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Revenue rose.")
    with pytest.raises(CommandError, match="invalid choice"):
        run(str(path), "--kind=tertiary")
