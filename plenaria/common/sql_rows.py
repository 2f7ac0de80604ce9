"""Model instances from hand-written SQL, for the few reads on a hot path where building the ORM's query costs more
than running it: at the door, compiling a select_related of four tables with `only()` takes over a millisecond of
CPU, and running it a tenth of that. Every scan pays it, and a sync of thousands of scans pays it per chunk.

A `ColumnSet` names the columns of some of a model's fields under a table alias, and builds an instance from its
slice of a row, with the values converted as the ORM would (SQLite returns dates as text; JSON arrives as text on
every database). Fields left out are deferred, as with `only()`: reading one costs a query. Related instances are
attached with `attach`, so that reading the relation costs none."""

from collections.abc import Sequence

from django.db import connection
from django.db.models import Model


class ColumnSet:
    """The primary key and `field_names` of `model`, selected from the table aliased `alias`."""

    def __init__(self, model: type[Model], alias: str, field_names: Sequence[str]):
        meta = model._meta
        self.model = model
        self.alias = alias
        wanted = {meta.pk, *(meta.get_field(name) for name in field_names)}
        # In the model's order: `Model.from_db` takes the values of the loaded fields in that order.
        self.fields = [field for field in meta.concrete_fields if field in wanted]
        self.attnames = {field.attname for field in self.fields}
        self._pk_position = self.fields.index(meta.pk)
        self._converters: list | None = None

    def __len__(self) -> int:
        return len(self.fields)

    def table(self) -> str:
        """`"table" "alias"`, for a FROM or JOIN clause."""
        quote = connection.ops.quote_name
        return f"{quote(self.model._meta.db_table)} {quote(self.alias)}"

    def column(self, field_name: str) -> str:
        """One column, for a condition: `"alias"."column"`."""
        quote = connection.ops.quote_name
        return f"{quote(self.alias)}.{quote(self.model._meta.get_field(field_name).column)}"

    def select(self) -> str:
        """The columns, for the SELECT list, in the order `build` reads them."""
        quote = connection.ops.quote_name
        return ", ".join(f"{quote(self.alias)}.{quote(field.column)}" for field in self.fields)

    def build(self, values: Sequence) -> Model | None:
        """The instance whose column values are `values` (a slice of a row, as long as this set); None when its
        primary key is NULL (a LEFT JOIN that found nothing)."""
        if values[self._pk_position] is None:
            return None
        values = list(values)
        for position, column, converters in self._converting():
            for converter in converters:
                values[position] = converter(values[position], column, connection)
        return self.model.from_db(connection.alias, self.attnames, values)

    def _converting(self) -> list:
        """(position, column, converters) of the columns whose values the ORM would convert on this database (few
        on PostgreSQL: JSON; on SQLite also dates, times and UUIDs)."""
        if self._converters is None:
            self._converters = []
            for position, field in enumerate(self.fields):
                column = field.get_col(self.alias)
                converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
                if converters:
                    self._converters.append((position, column, converters))
        return self._converters


def attach(instance: Model, field_name: str, related: Model | None) -> None:
    """Make `instance.<field_name>` return `related` without a query. A forward relation is assigned (which also
    sets its id); a reverse one-to-one (`related` may be None: there is none) is cached on both sides."""
    descriptor = getattr(type(instance), field_name)
    if hasattr(descriptor, "related") and not hasattr(descriptor, "field"):  # reverse one-to-one
        descriptor.related.set_cached_value(instance, related)
        if related is not None:
            descriptor.related.field.set_cached_value(related, instance)
    else:
        setattr(instance, field_name, related)


class RowInserter:
    """INSERT of one `model` instance (every concrete field but an automatic primary key), with its SQL built once.
    The ORM's `save()` builds it anew each time, which costs three times the round trip. An IntegrityError (a
    unique value taken) is raised as `save()` raises it; the instance gets its new primary key."""

    def __init__(self, model: type[Model]):
        meta = model._meta
        self.model = model
        self.fields = [field for field in meta.concrete_fields if field is not meta.auto_field]
        self._sql: str | None = None

    def insert(self, instance: Model) -> None:
        values = [
            field.get_db_prep_save(field.pre_save(instance, add=True), connection) for field in self.fields
        ]
        with connection.cursor() as cursor:
            cursor.execute(self._insert_sql(), values)
            if connection.features.can_return_columns_from_insert:
                instance.pk = cursor.fetchone()[0]
            else:
                instance.pk = cursor.lastrowid
        instance._state.adding = False
        instance._state.db = connection.alias

    def _insert_sql(self) -> str:
        if self._sql is None:
            quote, meta = connection.ops.quote_name, self.model._meta
            columns = ", ".join(quote(field.column) for field in self.fields)
            placeholders = ", ".join(["%s"] * len(self.fields))
            returning = (
                f" RETURNING {quote(meta.pk.column)}"
                if connection.features.can_return_columns_from_insert
                else ""
            )
            self._sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({placeholders}){returning}"  # noqa: S608
        return self._sql
