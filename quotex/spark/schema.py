"""The Spark schema of a quote, and of what :func:`quotex.spark.extract_quotes_df` returns.

Input: nothing (the layout of ``Quote.to_dict()``, written down as Spark types). Output:
:data:`SPAN_SCHEMA`, :data:`SPEAKER_SCHEMA`, :data:`QUOTE_SCHEMA` (one quote, field for field
``Quote.to_dict()``), :func:`output_schema` (the DataFrame ``extract_quotes_df`` returns) and
:func:`arrow_type` (the Arrow type the executors build the same data with).

To add a field to a record: add it to ``to_dict()`` in ``quotex/records.py`` and, at the same
place in the field order, to the struct below; ``tests/test_spark.py`` fails until both agree.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from pyspark.sql.types import (
    ArrayType,
    BinaryType,
    BooleanType,
    DataType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

__all__ = [
    "ERROR_COLUMN",
    "QUOTES_COLUMN",
    "QUOTE_INDEX_COLUMN",
    "QUOTE_SCHEMA",
    "SPAN_SCHEMA",
    "SPEAKER_SCHEMA",
    "arrow_schema",
    "arrow_type",
    "output_schema",
]

#: ``Span.to_dict()``: half-open code-point offsets and the text between them.
SPAN_SCHEMA = StructType(
    [
        StructField("start", LongType(), nullable=False),
        StructField("end", LongType(), nullable=False),
        StructField("text", StringType(), nullable=False),
    ]
)

#: ``Speaker.to_dict()``: canonical name, title (or null), kind, the document-local id that groups
#: one speaker's quotes (or null), and every title the article states.
SPEAKER_SCHEMA = StructType(
    [
        StructField("name", StringType(), nullable=False),
        StructField("title", StringType(), nullable=True),
        StructField("kind", StringType(), nullable=False),
        StructField("id", StringType(), nullable=True),
        StructField("titles", ArrayType(StringType(), containsNull=False), nullable=False),
    ]
)

#: ``Quote.to_dict()``, field for field and in the same order (see ``docs/json.md``).
QUOTE_SCHEMA = StructType(
    [
        StructField("text", StringType(), nullable=False),
        StructField("start", LongType(), nullable=False),
        StructField("end", LongType(), nullable=False),
        StructField("kind", StringType(), nullable=False),
        StructField("parts", ArrayType(SPAN_SCHEMA, containsNull=False), nullable=False),
        StructField("speaker", SPEAKER_SCHEMA, nullable=True),
        StructField("source", SPAN_SCHEMA, nullable=True),
        StructField("cue", SPAN_SCHEMA, nullable=True),
        StructField("confidence", DoubleType(), nullable=False),
        StructField("rule", StringType(), nullable=False),
        StructField("resolution", StringType(), nullable=True),
    ]
)

#: The position of a quote among its document's quotes (0, 1, ...), in text order.
QUOTE_INDEX_COLUMN = "quote_index"
#: Why a document gave no quotes because it could not be read (null for every good document).
ERROR_COLUMN = "error"
#: With ``explode=False``: the array of a document's quotes.
QUOTES_COLUMN = "quotes"


def output_schema(id_field: StructField, *, explode: bool) -> StructType:
    """The schema of ``extract_quotes_df``'s result, given the input's id column.

    ``explode=True``: the id, ``quote_index``, the fields of :data:`QUOTE_SCHEMA` as top-level
    columns and ``error``; every column is nullable, since a document that could not be read gets
    one row with only its id and ``error``. ``explode=False``: the id, ``quotes`` (an array of
    :data:`QUOTE_SCHEMA`, empty when there are none) and ``error``.
    """
    error = StructField(ERROR_COLUMN, StringType(), nullable=True)
    if explode:
        quote_columns = [StructField(f.name, f.dataType, nullable=True) for f in QUOTE_SCHEMA.fields]
        index = StructField(QUOTE_INDEX_COLUMN, IntegerType(), nullable=True)
        return StructType([id_field, index, *quote_columns, error])
    quotes = StructField(QUOTES_COLUMN, ArrayType(QUOTE_SCHEMA, containsNull=False), nullable=False)
    return StructType([id_field, quotes, error])


_ARROW_SCALARS: dict[type[DataType], Any] = {
    StringType: pa.string(),
    LongType: pa.int64(),
    IntegerType: pa.int32(),
    DoubleType: pa.float64(),
    BooleanType: pa.bool_(),
    BinaryType: pa.binary(),
}


def arrow_type(spark_type: DataType) -> Any:
    """The Arrow type Spark exchanges a column of *spark_type* as (the types used in this module)."""
    if isinstance(spark_type, StructType):
        return pa.struct([arrow_field(f) for f in spark_type.fields])
    if isinstance(spark_type, ArrayType):
        return pa.list_(pa.field("element", arrow_type(spark_type.elementType), spark_type.containsNull))
    for spark_class, arrow in _ARROW_SCALARS.items():
        if isinstance(spark_type, spark_class):
            return arrow
    raise TypeError(f"no Arrow type for the Spark type {spark_type.simpleString()}")


def arrow_field(field: StructField) -> Any:
    """*field* as an Arrow field of the same name, type and nullability."""
    return pa.field(field.name, arrow_type(field.dataType), field.nullable)


def arrow_schema(schema: StructType) -> Any:
    """*schema* as an Arrow schema."""
    return pa.schema([arrow_field(f) for f in schema.fields])
