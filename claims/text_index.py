"""SQLite's text index for the queue search: FTS5 tables with the trigram tokenizer, kept in step by triggers.

The queue matches words anywhere inside the searched columns (``icontains``), not whole words, so
the index is of trigrams (every run of three characters), which answers exactly that question for a
word of three characters or more. The tables are "external content" tables: they hold only the
index, the text stays in ``claims_claim`` and ``claims_article``.

PostgreSQL needs none of this (trigram GIN indexes, migration 0010); every function here is a no-op
on another database.

A table rebuilt by Django's SQLite schema editor (an ``AlterField`` on a claim or article column
copies the table and drops the old one) loses its triggers with it, so ``install`` runs after
every ``migrate`` too (``claims.apps``): it puts back whatever is missing and re-reads the index
if a trigger was gone.
"""

from __future__ import annotations

from typing import Any

# (index table, content table, indexed columns): the queue's search fields and the article text it searches.
INDEXES = [
    ("claims_claim_search", "claims_claim", ("surface", "text", "subject")),
    ("claims_article_search", "claims_article", ("title", "body")),
]
# The migration that creates the index.
MIGRATION = "0011_sqlite_text_search"
# The trigram tokenizer: FTS5 in SQLite 3.34 or later.
MIN_SQLITE = (3, 34, 0)


def applies(connection: Any) -> bool:
    if connection.vendor != "sqlite":
        return False
    import sqlite3

    return sqlite3.sqlite_version_info >= MIN_SQLITE


def _triggers(index: str, content: str, columns: tuple[str, ...]) -> dict[str, str]:
    cols = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    insert = f'INSERT INTO "{index}"(rowid, {cols}) VALUES (new."id", {new});'
    delete = f'INSERT INTO "{index}"("{index}", rowid, {cols}) VALUES (\'delete\', old."id", {old});'
    changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in columns)
    return {
        f"{index}_insert": f'CREATE TRIGGER "{index}_insert" AFTER INSERT ON "{content}" BEGIN {insert} END',
        f"{index}_delete": f'CREATE TRIGGER "{index}_delete" AFTER DELETE ON "{content}" BEGIN {delete} END',
        # Only when a searched column changes: a claim's status or assignee changes far more often.
        f"{index}_update": (
            f'CREATE TRIGGER "{index}_update" AFTER UPDATE ON "{content}" WHEN {changed} BEGIN {delete} {insert} END'
        ),
    }


def install(connection: Any) -> None:
    """Create what is missing (tables, triggers) and fill any index that was new or out of step."""
    if not applies(connection):
        return
    with connection.cursor() as cursor:
        for index, content, columns in INDEXES:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = %s", [content])
            if cursor.fetchone() is None:
                continue  # migrating backwards past the content table's creation
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s", [f"{index}%"]
            )
            present = {row[0] for row in cursor.fetchall()}
            stale = False
            if index not in present:
                cols = ", ".join(f'"{c}"' for c in columns)
                cursor.execute(
                    f"CREATE VIRTUAL TABLE \"{index}\" USING fts5({cols}, content='{content}', content_rowid='id', "
                    "tokenize='trigram case_sensitive 0')"
                )
                stale = True
            for name, sql in _triggers(index, content, columns).items():
                if name not in present:
                    cursor.execute(sql)
                    stale = True
            if stale:
                cursor.execute(f'INSERT INTO "{index}"("{index}") VALUES (\'rebuild\')')


def uninstall(connection: Any) -> None:
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for index, content, columns in INDEXES:
            for name in _triggers(index, content, columns):
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            cursor.execute(f'DROP TABLE IF EXISTS "{index}"')


def install_after_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """post_migrate receiver: see the module docstring. Not after migrating back past the migration
    that brought the index (0011): that leaves it out on purpose."""
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    connection = connections[using]
    if not applies(connection):
        return
    if ("claims", MIGRATION) not in MigrationRecorder(connection).applied_migrations():
        return
    install(connection)
