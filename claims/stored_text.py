"""Stored texts never change, and every span stored against one must point at what it quotes.

Articles and sources are immutable once stored: every claim and evidence passage is a pair of
character offsets into their ``body``, so a body that changed (even only its line breaks, as a
browser's text box does when it sends CRLF) would silently move every passage. A new version of
a text is a new record with ``revision_of`` pointing to the old one.

The guards run on every ``save()`` (signals connected in each app's ``ready``), and the bulk
paths that bypass ``save()`` call :func:`check_span` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length, Substr


class StoredTextError(ValidationError):
    """A change that would break the stored record: refused, nothing written."""


def check_new_text(text: str, noun: str) -> None:
    # Texts come in through the import helpers, which normalise line endings once: a carriage
    # return here means a path around them.
    if "\r" in text:
        raise StoredTextError(f"The {noun}'s text has carriage returns: import it with the import command or form.")
    if not text.strip():
        raise StoredTextError(f"The {noun}'s text is empty.")


def guard_text(sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any) -> None:
    """pre_save: a stored body is never changed; a new one is refused unless it was normalised on import."""
    if raw:  # loading fixtures writes rows as they were dumped
        return
    noun = sender._meta.verbose_name
    if instance.pk is None or instance._state.adding:
        check_new_text(instance.body, noun)
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("body", flat=True).first()
    if stored is not None and stored != instance.body:
        raise StoredTextError(
            f"A stored {noun}'s text cannot be changed: import the new text as a new revision of {noun} {instance.pk}."
        )


def check_span(text: str, start: int, end: int, quote: str | None, what: str) -> None:
    """``(start, end)`` must lie inside ``text`` and, when ``quote`` is given, read exactly that."""
    check_quote(len(text), start, end, text[start:end], quote, what)


def check_quote(
    length: int, start: int, end: int, found: str, quote: str | None, what: str | Callable[[], str]
) -> None:
    """``found`` is the text at ``start``-``end`` of a text ``length`` long; it must be ``quote``. ``what`` names
    the span in the error (or makes the name, when it is needed)."""
    if not (0 <= start < end <= length):
        raise StoredTextError(f"{_name(what)}: characters {start} to {end} are not inside the text "
                              f"({length:,} characters).")  # fmt: skip
    if quote is not None and found != quote:
        raise StoredTextError(
            f"{_name(what)}: characters {start} to {end} read {_clip(found)!r}, not {_clip(quote)!r}."
        )


def _name(what: str | Callable[[], str]) -> str:
    return what() if callable(what) else what


def _clip(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def quoted(model: type[models.Model], pk: Any, spans: list[tuple[int, int]]) -> tuple[int, list[str]] | None:
    """The length of a stored text and the pieces of it at ``spans``, read in the database."""
    pieces = {
        f"piece{i}": Substr("body", max(start, 0) + 1, max(end - start, 0)) for i, (start, end) in enumerate(spans)
    }
    row = model.objects.filter(pk=pk).values(length=Length("body"), **pieces).first()
    if row is None:
        return None
    return row["length"], [row[f"piece{i}"] or "" for i in range(len(spans))]


# Claim.surface is cut to its column's size; the quote compared is what the column can hold.
SURFACE_LENGTH = 500


def _check_claim(claim: Any, length: int, sentence: str, figure: str) -> None:
    # The claim is named only when a span is wrong: naming it costs more than the check (a run checks thousands).
    check_quote(length, claim.sentence_start, claim.sentence_end, sentence, claim.text,
                lambda: f"The sentence of claim {claim}")  # fmt: skip
    check_quote(length, claim.start, claim.end, figure[:SURFACE_LENGTH], claim.surface,
                lambda: f"The figure of claim {claim}")  # fmt: skip


def check_claim_spans(body: str, claims: list[Any]) -> None:
    """A claim's figure and sentence must be the article text at its offsets (for bulk writes)."""
    for claim in claims:
        sentence, figure = body[claim.sentence_start : claim.sentence_end], body[claim.start : claim.end]
        _check_claim(claim, len(body), sentence, figure)


def guard_claim(sender: type[models.Model], instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """pre_save for Claim: its spans must quote its article's text.

    Only the quoted pieces and the text's length are read, never the whole text: a claim is
    saved on every verdict, and an article may be megabytes long.
    """
    if raw:
        return
    article_model = sender._meta.get_field("article").related_model
    spans = [(instance.sentence_start, instance.sentence_end), (instance.start, instance.end)]
    pieces = quoted(article_model, instance.article_id, spans)
    if pieces is not None:
        length, (sentence, figure) = pieces
        _check_claim(instance, length, sentence, figure)
