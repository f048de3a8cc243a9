"""POST /api/check: check a text without storing anything."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Router

from claims.api.auth import require
from claims.api.errors import ApiError, responses
from claims.importing import parse_text
from factcheck.documents import DocumentError

from .schemas import CheckIn

router = Router(tags=["check"])


def text_within_limit(text: str) -> None:
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise ApiError(413, f"The text is {size:,} bytes; the limit is {limit:,} bytes.", {"limit": limit})


@router.post(
    "/check", response={200: dict[str, Any], **responses(403, 413, 422)}, summary="Check a text, store nothing"
)
def check_text(request: HttpRequest, body: CheckIn) -> dict[str, Any]:
    """The same JSON as `check_article --format json`: claims, evidence, findings, relations, summary."""
    # The engine is imported with the first check, not with the URLs: every command loads those for its checks.
    from claims.check_report import check_document, report_json
    from claims.pipeline import describe_failure

    require(request, "claims.view_claim")
    text_within_limit(body.text)
    try:
        document = parse_text(body.text, body.format)
    except DocumentError as error:
        raise ApiError(422, f"The text cannot be read: {error}.") from None
    if body.title:
        document = document.model_copy(update={"title": body.title})
    if body.published:
        document = document.model_copy(update={"meta": document.meta.model_copy(update={"published": body.published})})
    try:
        checked = check_document(document)
    except Exception as error:  # text the engine cannot handle is bad input, as for check_article
        raise ApiError(422, f"The text could not be checked: {describe_failure(error)}") from error
    return report_json(checked, "warning", {})
