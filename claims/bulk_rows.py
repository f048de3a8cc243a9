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
There a JSON value goes in as the text ``json.dumps`` makes of it, the text Django's field and the
driver would make between them at twice the cost.

``insert_values`` takes each row as a mapping of values rather than a model object: for a batch of
articles (``claims.batch_store``), making the objects cost more than the rows. A JSON value may come already
written (``JsonText``): a pydantic model writes its own JSON at about a third of the cost of a dict from it
and then ``json.dumps``, and a value shared by many rows is written once.

Where the database cannot return the new keys from a multi-row insert, or a model has
fields this does not handle, it falls back to ``bulk_create``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from functools import partial
from operator import itemgetter
from typing import Any

from django.db import connections, models
from django.db.models.fields.json import JSONField
from django.utils import timezone

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
# The name of a column no row gives a value for (a date set on save).
_NEVER_GIVEN = object()
# Columns converted by the field itself (JSON text, a date in the backend's form).
_THROUGH_FIELD = (JSONField, models.DateTimeField, models.DateField)


class JsonText(str):
    """A JSON column's value already written as JSON text: stored as it is, on either database."""


def insert_rows(model: type[models.Model], objs: Sequence[models.Model], using: str = "default") -> list[Any]:
    """Insert ``objs`` (new, unsaved) and give each its primary key; returns ``objs`` as a list."""
    objs = list(objs)
    if not objs:
        return objs
    connection = connections[using]
    fields = _fields(model)
    converters = _converters(fields, connection)
    if converters is None:
        return model._default_manager.using(using).bulk_create(objs)
    rows: list[list[Any]] = []
    for obj in objs:
        row = []
        for field, convert in zip(fields, converters, strict=True):
            # auto_now / auto_now_add fields set their value here, as save() would.
            if convert is not None:
                row.append(convert(field.pre_save(obj, True)))
                continue
            row.append(_as_is(field, getattr(obj, field.attname), connection))
        rows.append(row)
    for obj, key in zip(objs, _insert(connection, model, fields, rows), strict=True):
        obj.pk = key
        obj._state.adding = False
        obj._state.db = using
    return objs


def insert_values(model: type[models.Model], values: Sequence[Mapping[str, Any]], using: str = "default") -> list[Any]:
    """Insert one row per mapping of field attnames to values, as ``insert_rows`` would insert model objects
    made from them; returns the new rows' keys, in order.

    For many rows whose values are at hand (a run's claims, results and links): building a model object costs
    more than its row does here. A field left out takes its default, and a date with ``auto_now`` or
    ``auto_now_add`` the same moment for every row (whatever the mapping gives, as ``save()`` sets it).
    """
    if not values:
        return []
    connection = connections[using]
    fields = _fields(model)
    converters = _converters(fields, connection)
    if converters is None:
        return [obj.pk for obj in model._default_manager.using(using).bulk_create(model(**v) for v in values)]
    now = timezone.now()
    # Per column, made once: the name a row gives its value by (none for a date set on save, which is always now,
    # as save() sets it) and the cell of a row that leaves it out, unless a callable default makes a new value for
    # each row. Then a row is its values or those cells, and only the cells that need it go through their field:
    # the columns with a converter, and the others only when a row holds a value that is not plain (an enum
    # member, a Decimal, ...). Cell by cell, this loop cost more than sending the rows (profiled).
    lookups: list[tuple[object, Any]] = []
    converted: list[tuple[int, str, Callable[[Any], Any]]] = []
    as_is: list[tuple[int, models.Field]] = []
    per_row: list[tuple[int, str, models.Field, Callable[[Any], Any] | None]] = []
    for index, (field, convert) in enumerate(zip(fields, converters, strict=True)):
        auto = isinstance(field, models.DateField) and (field.auto_now or field.auto_now_add)
        made_per_row = not auto and field.has_default() and callable(field.default)
        absent = None if made_per_row else _cell(field, convert, connection, now if auto else field.get_default())
        if isinstance(absent, Enum):
            absent = absent.value  # a choice's default (a claim's status): its value is the same cell, and plain
        lookups.append((_NEVER_GIVEN if auto else field.attname, absent))
        if made_per_row:
            per_row.append((index, field.attname, field, convert))
        if convert is not None and not auto:
            converted.append((index, field.attname, convert))
        elif convert is None:
            as_is.append((index, field))
    plain = _PLAIN | {type(None)}
    as_is_cells = _cells_at([index for index, _ in as_is])
    rows: list[list[Any]] = []
    for row_values in values:
        row = [row_values.get(name, absent) for name, absent in lookups]
        for index, name, convert in converted:
            if name in row_values:
                row[index] = convert(row[index])
        if not plain.issuperset(map(type, as_is_cells(row))):
            for index, field in as_is:
                row[index] = _as_is(field, row[index], connection)
        for index, name, field, convert in per_row:
            if name not in row_values:
                row[index] = _cell(field, convert, connection, field.get_default())
        rows.append(row)
    return _insert(connection, model, fields, rows)


def _cells_at(indexes: list[int]) -> Callable[[list[Any]], Sequence[Any]]:
    """A function giving the cells of a row at ``indexes``, as a tuple."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    return lambda row: tuple(row[index] for index in indexes)


def _cell(field: models.Field, convert: Callable[[Any], Any] | None, connection: Any, value: Any) -> Any:
    """``value`` in the column's database form."""
    return convert(value) if convert is not None else _as_is(field, value, connection)


def _fields(model: type[models.Model]) -> list[models.Field]:
    pk = model._meta.pk
    return [f for f in model._meta.concrete_fields if f is not pk]


def _converters(fields: list[models.Field], connection: Any) -> list[Callable[[Any], Any] | None] | None:
    """For each field, the function giving a value's database form, or None where the value is passed on as it
    is; None for all when this database or these fields need ``bulk_create``."""
    pk = fields[0].model._meta.pk
    if not connection.features.can_return_rows_from_bulk_insert or not isinstance(pk, models.AutoField):
        return None
    converters: list[Callable[[Any], Any] | None] = []
    for field in fields:
        if isinstance(field, JSONField) and field.encoder is None:
            converters.append(partial(_json_text, field, connection))
        elif isinstance(field, _THROUGH_FIELD):
            converters.append(partial(field.get_db_prep_save, connection=connection))
        elif isinstance(field, _AS_IS) and not isinstance(field, models.AutoField):
            converters.append(None)
        else:
            return None
    return converters


def _json_text(field: JSONField, connection: Any, value: Any) -> Any:
    if type(value) is JsonText:
        return str(value)
    if value is None or connection.vendor != "postgresql":
        return field.get_db_prep_save(value, connection)
    # PostgreSQL: the JSON as text, which COPY hands to the column as it is (Django's own path wraps it for the
    # driver, which then makes the same text, at about twice the cost).
    return json.dumps(value)


def _as_is(field: models.Field, value: Any, connection: Any) -> Any:
    # An enum member, a Decimal, a lazy string ...: the field knows its database form.
    return value if value is None or type(value) in _PLAIN else field.get_db_prep_save(value, connection)


def _insert(connection: Any, model: type[models.Model], fields: list[models.Field], rows: list[list[Any]]) -> list[Any]:
    """Insert rows of database values (``fields`` in order); their new keys, in order."""
    if connection.vendor == "postgresql":
        return _copy_rows(connection, model, fields, rows)
    quote = connection.ops.quote_name
    pk = model._meta.pk
    columns = ", ".join(quote(f.column) for f in fields)
    one_row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    batch = max(1, connection.ops.bulk_batch_size(fields, rows))
    keys: list[Any] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch):
            chunk = rows[start : start + batch]
            sql = (
                f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES "
                f"{', '.join([one_row] * len(chunk))} RETURNING {quote(pk.column)}"
            )
            cursor.execute(sql, [value for row in chunk for value in row])
            keys.extend(row[0] for row in cursor.fetchall())
    return keys


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
            copying = cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN")
            with connection.wrap_database_errors, copying as copy:
                for row in rows:
                    copy.write_row(row)
            return
        cursor.executemany(f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES (%s, %s)", rows)


def _copy_rows(connection: Any, model: type[models.Model], fields: list, rows: list) -> list[Any]:
    """PostgreSQL: the new keys from the primary key's sequence, then every row in one COPY."""
    quote = connection.ops.quote_name
    table, pk = model._meta.db_table, model._meta.pk
    with connection.cursor() as cursor:
        # The sequence is looked up once, not for every key: as an argument of nextval() the lookup ran per row,
        # and cost ten times the keys themselves.
        cursor.execute(
            "WITH s AS MATERIALIZED (SELECT pg_get_serial_sequence(%s, %s)::regclass AS seq) "
            "SELECT nextval(seq) FROM s, generate_series(1, %s)",
            [quote(table), pk.column, len(rows)],
        )
        keys = [row[0] for row in cursor.fetchall()]
        columns = ", ".join(quote(c) for c in [pk.column, *(f.column for f in fields)])
        # The driver's own cursor (Django's wrapper has no copy()), its errors raised as Django's, as any other
        # statement's are: an IntegrityError, ...
        copying = cursor.cursor.copy(f"COPY {quote(table)} ({columns}) FROM STDIN")
        with connection.wrap_database_errors, copying as copy:
            for key, row in zip(keys, rows, strict=True):
                copy.write_row([key, *row])
    return keys
