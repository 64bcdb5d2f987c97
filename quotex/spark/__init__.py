"""quotex on Apache Spark: a DataFrame of articles -> a DataFrame of their quotes.

Input: a Spark DataFrame with a document id column and a text column (``string``, or ``binary``
holding UTF-8). Output: a DataFrame of quotes in the layout of :data:`QUOTE_SCHEMA`
(``Quote.to_dict()`` field for field), one row per quote or one array of quotes per document.
Needs ``pip install 'quotex[spark]'`` and Java 17 or newer; see ``docs/spark.md``.

The work runs in ``mapInArrow``: every executor streams Arrow record batches through quotex's
pipeline, which it sets up once per Python worker process (a spaCy ``model`` too); nothing is
collected to the driver. ``python -m quotex.spark INPUT OUTPUT`` runs it on a JSONL or Parquet file.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import TYPE_CHECKING, Any

try:
    import pyarrow  # noqa: F401 - fail here, with the fix, rather than on an executor
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F  # noqa: N812 - the usual spelling
    from pyspark.sql.types import BinaryType, StringType
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"quotex.spark needs PySpark and PyArrow ({exc}); install them with: pip install 'quotex[spark]'"
    ) from exc

from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.spark.executor import extract_batches
from quotex.spark.schema import (
    ERROR_COLUMN,
    QUOTE_INDEX_COLUMN,
    QUOTE_SCHEMA,
    QUOTES_COLUMN,
    SPAN_SCHEMA,
    SPEAKER_SCHEMA,
    output_schema,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = [
    "ERROR_COLUMN",
    "QUOTES_COLUMN",
    "QUOTE_INDEX_COLUMN",
    "QUOTE_SCHEMA",
    "SPAN_SCHEMA",
    "SPEAKER_SCHEMA",
    "extract_quotes_df",
    "local_session",
    "output_schema",
]


def extract_quotes_df(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    explode: bool = True,
    lexicon: Lexicon | None = None,
    model: str | os.PathLike[str] | None = None,
) -> DataFrame:
    """The quotes of every document in *df*, as a DataFrame (lazily: nothing runs until an action).

    Args:
        df: the documents: any DataFrame with the columns *text_col* and *id_col*.
        text_col: the text column, ``string`` (or ``binary`` holding UTF-8).
        id_col: the document id column, of any type; copied to every output row.
        explode: ``True``: one row per quote, with the id, ``quote_index`` (0, 1, ... in text
            order) and the fields of :data:`QUOTE_SCHEMA` as columns. ``False``: one row per
            document, with the id and ``quotes``, an array of :data:`QUOTE_SCHEMA`.
        lexicon: the word lists (default :data:`~quotex.lexicon.DEFAULT_LEXICON`).
        model: a spaCy pipeline name or path, installed on every executor and loaded once per
            Python worker process; by default quotex needs no model.

    Returns:
        The schema :func:`output_schema` gives, with a last column ``error``: null for a document
        that was read, and the reason for one that was not (null text, text that is not valid
        UTF-8, or an extraction error). Such a document has no quotes; with ``explode=True`` it
        gets one row with only its id and ``error``. Count them with
        ``result.where(result.error.isNotNull()).count()``.

    Raises:
        TypeError: *df* is not a DataFrame, the text column is neither ``string`` nor ``binary``,
            or *lexicon* / *model* has the wrong type.
        ValueError: a named column is missing, or the id column's name is an output column's.
    """
    if not hasattr(df, "mapInArrow") or not hasattr(df, "schema"):
        raise TypeError(f"extract_quotes_df() takes a pyspark.sql.DataFrame, got {type(df).__name__}")
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise TypeError(f"lexicon must be a quotex.Lexicon or None, got {type(lexicon).__name__}")
    if model is not None and not isinstance(model, str | os.PathLike):
        raise TypeError(
            f"model must be a spaCy pipeline name or path (str), got {type(model).__name__}; "
            "a loaded pipeline cannot be shipped to the executors"
        )
    fields = {f.name: f for f in df.schema.fields}
    for role, name in (("text_col", text_col), ("id_col", id_col)):
        if name not in fields:
            raise ValueError(f"{role}={name!r} is not a column of the DataFrame (it has {sorted(fields)})")
    if not isinstance(fields[text_col].dataType, StringType | BinaryType):
        raise TypeError(
            f"the text column {text_col!r} must be a string (or UTF-8 binary) column, "
            f"got {fields[text_col].dataType.simpleString()}; cast it first, e.g. "
            f"df.withColumn({text_col!r}, df[{text_col!r}].cast('string'))"
        )
    schema = output_schema(fields[id_col], explode=explode)
    if id_col in schema.fieldNames()[1:]:
        raise ValueError(f"id_col={id_col!r} is also the name of an output column; rename it first")
    task = functools.partial(
        extract_batches,
        names=schema.fieldNames(),
        explode=explode,
        lexicon=None if lexicon is None or lexicon is DEFAULT_LEXICON else lexicon,
        model=None if model is None else os.fspath(model),
    )
    return df.select(_column(id_col), _column(text_col)).mapInArrow(task, schema)


def local_session(master: str = "local[*]", *, app_name: str = "quotex", **config: Any) -> SparkSession:
    """A SparkSession on this machine (``local[N]``: N cores), with ``config`` as Spark settings.

    Spark's Python workers run ``PYSPARK_PYTHON`` (``python3`` on the PATH by default), which may
    not be the environment quotex is installed in: unless it is set, it is set here to this
    interpreter. On a cluster, build the session with ``spark-submit`` instead (``docs/spark.md``).
    """
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in config.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _column(name: str) -> Any:
    """A column reference to *name* taken literally (dots and all)."""
    return F.col("`" + name.replace("`", "``") + "`")
