"""The incident log and the log of readings refuse an UPDATE in the database itself, not only in the code: a
record of who did or read what must stay as it was written, whatever path a change takes (a shell, raw SQL).

DELETE is not refused here: a whole concern may be deleted with its logs (a retention decision), and the test
database is emptied between tests. The models refuse deleting single entries."""

from django.db import migrations

TABLES = ["concerns_concernaction", "concerns_concernreading"]


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(
            "CREATE OR REPLACE FUNCTION concerns_refuse_update() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION USING MESSAGE = 'append-only: ' || TG_TABLE_NAME || ' entries are never changed'; "
            "END; "
            "$$ LANGUAGE plpgsql"
        )
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION concerns_refuse_update()"
            )
    elif vendor == "sqlite":
        for table in TABLES:
            schema_editor.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'append-only: {table} entries are never changed'); END"
            )


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        elif vendor == "sqlite":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS concerns_refuse_update()")


class Migration(migrations.Migration):
    dependencies = [("concerns", "0001_initial")]

    operations = [migrations.RunPython(create_triggers, drop_triggers, elidable=False)]
