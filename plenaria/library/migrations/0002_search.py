"""What search reads for each document. On PostgreSQL: tsvector columns (every word with its positions, with a GIN
index; the titles, for ranking) and a trigram index on the titles for queries with a typo; other databases search
the `words` column instead."""

import django.db.models.deletion
from django.db import migrations, models

TABLE = "library_documentsearchentry"


def add_postgresql_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(f"ALTER TABLE {TABLE} ADD COLUMN vector tsvector, ADD COLUMN head tsvector")
    # Written straight into the index (no pending list that every search would read through after a burst of
    # changes): a document is indexed once per change, searches are many.
    schema_editor.execute(
        f"CREATE INDEX library_search_vector_idx ON {TABLE} USING gin (vector) WITH (fastupdate = off)"
    )
    schema_editor.execute(
        f"CREATE INDEX library_search_title_trgm_idx ON {TABLE} USING gin (title gin_trgm_ops)"
    )


def remove_postgresql_search(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The indexes go with the columns; the extension stays (other tables may use it).
    schema_editor.execute("DROP INDEX IF EXISTS library_search_title_trgm_idx")
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS vector, DROP COLUMN IF EXISTS head")


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="DocumentSearchEntry",
            fields=[
                (
                    "document",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="library.document",
                    ),
                ),
                ("languages", models.CharField(blank=True, max_length=100)),
                ("title", models.TextField(blank=True)),
                ("words", models.TextField(blank=True)),
                ("texts", models.JSONField(blank=True, default=dict)),
            ],
        ),
        migrations.RunPython(add_postgresql_search, remove_postgresql_search, elidable=False),
    ]
