"""Many new rows of one model in one INSERT ... RETURNING, without Django's per-value preparation.

A run stores about fifty claims per article, each with some twenty-five columns: in
``QuerySet.bulk_create`` most of the time goes into compiling the statement, one
``prepare_value`` / ``get_db_prep_save`` call per cell (measured: about two thirds of the
time a run spends storing its claims). The values a run writes are already of the column's
type (ints, floats, str, None), so only the columns whose database form differs from the
Python value (JSON, dates and times) go through the field; every other cell is passed on
as it is. Like ``bulk_create``, this sends no signals and calls no ``save()``: callers check
what ``save()`` would (``claims.stored_text``) before they call it.

On PostgreSQL the rows go in with ``COPY`` instead, after one query takes their keys from the
table's sequence: a multi-row INSERT's text (some 1,200 placeholders for an article's claims) is
too long for psycopg's statement cache, so every insert had its query parsed again in Python
(measured: about a third of the CPU a run spends storing), where COPY sends the rows as they are.

Where the database cannot return the new keys from a multi-row insert, or a model has
fields this does not handle, it falls back to ``bulk_create``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from django.db import connections, models
from django.db.models.fields.json import JSONField

# Columns whose Python value is what the database takes (the driver adapts it).
_AS_IS = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.FloatField,
    models.BooleanField,
    models.ForeignKey,
)
_PLAIN = {str, int, float, bool}
# Columns converted by the field itself (JSON text, a date in the backend's form).
_THROUGH_FIELD = (JSONField, models.DateTimeField, models.DateField)


def insert_rows(model: type[models.Model], objs: Sequence[models.Model], using: str = "default") -> list[Any]:
    """Insert ``objs`` (new, unsaved) and give each its primary key; returns ``objs`` as a list."""
    objs = list(objs)
    if not objs:
        return objs
    connection = connections[using]
    pk = model._meta.pk
    fields = [f for f in model._meta.concrete_fields if f is not pk]
    if not connection.features.can_return_rows_from_bulk_insert or not isinstance(pk, models.AutoField):
        return model._default_manager.using(using).bulk_create(objs)
    converters: list[Callable[[Any], Any] | None] = []
    for field in fields:
        if isinstance(field, _THROUGH_FIELD):
            converters.append(partial(field.get_db_prep_save, connection=connection))
        elif isinstance(field, _AS_IS) and not isinstance(field, models.AutoField):
            converters.append(None)
        else:
            return model._default_manager.using(using).bulk_create(objs)
    rows: list[list[Any]] = []
    for obj in objs:
        row = []
        for field, convert in zip(fields, converters, strict=True):
            # auto_now / auto_now_add fields set their value here, as save() would.
            if convert is not None:
                row.append(convert(field.pre_save(obj, True)))
                continue
            value = getattr(obj, field.attname)
            # An enum member, a Decimal, a lazy string ...: the field knows its database form.
            row.append(value if value is None or type(value) in _PLAIN else field.get_db_prep_save(value, connection))
        rows.append(row)
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        _copy_rows(connection, model, fields, objs, rows, using)
        return objs
    columns = ", ".join(quote(f.column) for f in fields)
    one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    batch = max(1, connection.ops.bulk_batch_size(fields, objs))
    start = 0
    with connection.cursor() as cursor:
        while start < len(rows):
            chunk = rows[start : start + batch]
            sql = (
                f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES "
                f"{', '.join([one_row] * len(chunk))} RETURNING {quote(pk.column)}"
            )
            cursor.execute(sql, [value for row in chunk for value in row])
            keys = [row[0] for row in cursor.fetchall()]
            for obj, key in zip(objs[start : start + batch], keys, strict=True):
                obj.pk = key
                obj._state.adding = False
                obj._state.db = using
            start += batch
    return objs


def insert_links(model: type[models.Model], columns: tuple[str, str], pairs: Sequence[tuple[int, int]]) -> None:
    """Rows of a many-to-many table (``model``, its ``through``): each pair of keys once, no key asked back.

    ``bulk_create`` builds a model object per pair and compiles the INSERT each time (about a fifth of a
    run's storing); these rows hold two keys that the caller has just made, so they go in as they are. A pair
    given twice is stored once, as ``ignore_conflicts`` would store it.
    """
    rows = list(dict.fromkeys(pairs))
    if not rows:
        return
    connection = connections["default"]
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(column).column) for column in columns)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        cursor.executemany(f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES (%s, %s)", rows)


def _copy_rows(connection: Any, model: type[models.Model], fields: list, objs: list, rows: list, using: str) -> None:
    """PostgreSQL: the new keys from the primary key's sequence, then every row in one COPY."""
    quote = connection.ops.quote_name
    table, pk = model._meta.db_table, model._meta.pk
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [quote(table), pk.column, len(rows)],
        )
        keys = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(quote(c) for c in [pk.column, *(f.column for f in fields)])
        # The driver's own cursor: Django's wrapper has no copy().
        with cursor.cursor.copy(f"COPY {quote(table)} ({columns}) FROM STDIN") as copy:
            for key, row in zip(keys, rows, strict=True):
                copy.write_row([key, *row])
    for obj, key in zip(objs, keys, strict=True):
        obj.pk = key
        obj._state.adding = False
        obj._state.db = using
