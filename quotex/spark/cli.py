"""``python -m quotex.spark INPUT OUTPUT``: the quotes of JSONL or Parquet articles, as Parquet.

Input: JSONL (one ``{"id": ..., "text": ...}`` object a line) or Parquet, a file or a folder of
them, on any file system Spark reads (local, ``hdfs://``, ``s3a://``). Output: a Parquet folder
with one row per quote in the layout of :data:`quotex.spark.QUOTE_SCHEMA` (or, with
``--no-explode``, one row per document), and a summary line on standard error.

Run with ``python`` it starts Spark on this machine (``--master``, default ``local[*]``); run with
``spark-submit`` it uses the cluster that ``spark-submit`` was given (see ``docs/spark.md``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from pyspark.errors import AnalysisException
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.types import StringType, StructField, StructType

from quotex.spark import ERROR_COLUMN, extract_quotes_df, local_session

__all__ = ["build_parser", "main", "read_documents"]

_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``python -m quotex.spark``."""
    p = argparse.ArgumentParser(
        prog="python -m quotex.spark",
        description="Extract the quotes of a JSONL or Parquet file of articles with Spark; write Parquet.",
    )
    p.add_argument("input", help="JSONL or Parquet file or folder (any path Spark reads)")
    p.add_argument("output", help="Parquet folder to write")
    p.add_argument(
        "--master",
        help="Spark master when run with python (default local[*]); ignored under spark-submit, "
        "which takes its own --master",
    )
    p.add_argument(
        "--input-format",
        choices=("auto", "jsonl", "parquet"),
        default="auto",
        help="auto: JSONL for .jsonl/.json/.ndjson (optionally .gz), Parquet otherwise",
    )
    p.add_argument("--text-col", default="text", help="text column or JSON field (default: text)")
    p.add_argument("--id-col", default="id", help="document id column or JSON field (default: id)")
    p.add_argument("--model", help="spaCy pipeline name or path, installed on every executor")
    p.add_argument(
        "--partitions", type=_positive, help="repartition the input into N partitions before extracting"
    )
    p.add_argument(
        "--no-explode",
        dest="explode",
        action="store_false",
        help="one row per document with an array of quotes, instead of one row per quote",
    )
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; 0 on success, 1 when Spark cannot read the input or write the output."""
    args = build_parser().parse_args(argv)
    spark, own = _session(args.master)
    try:
        documents = read_documents(
            spark, args.input, input_format=args.input_format, text_col=args.text_col, id_col=args.id_col
        )
        if args.partitions:
            documents = documents.repartition(args.partitions)
        quotes = extract_quotes_df(
            documents, args.text_col, args.id_col, explode=args.explode, model=args.model
        )
        quotes.write.mode("overwrite" if args.overwrite else "errorifexists").parquet(args.output)
        written = spark.read.parquet(args.output)
        errors = written.where(written[ERROR_COLUMN].isNotNull()).count()
        rows = written.count() - errors
    except (AnalysisException, ValueError, TypeError) as exc:
        sys.stderr.write(f"quotex.spark: error: {_first_line(exc)}\n")
        return 1
    finally:
        if own:
            spark.stop()
    unit = "quotes" if args.explode else "documents"
    sys.stderr.write(
        f"quotex.spark: wrote {rows:,} {unit} to {args.output}; "
        f"{errors:,} documents could not be read (see the {ERROR_COLUMN!r} column)\n"
    )
    return 0


def read_documents(
    spark: SparkSession, path: str, *, input_format: str = "auto", text_col: str = "text", id_col: str = "id"
) -> DataFrame:
    """The documents at *path*: Parquet as it is; JSONL with *id_col* and *text_col* read as strings
    (a number or object in a JSON ``text`` field arrives as its JSON text)."""
    if input_format == "auto":
        input_format = "jsonl" if path.rstrip("/").lower().endswith(_JSON_SUFFIXES) else "parquet"
    if input_format == "parquet":
        return spark.read.parquet(path)
    schema = StructType([StructField(id_col, StringType()), StructField(text_col, StringType())])
    return spark.read.schema(schema).json(path)


def _session(master: str | None) -> tuple[SparkSession, bool]:
    """The session to use, and whether it was started here (and is to be stopped at the end).

    This process's active session if there is one (as when ``main()`` is called from a program
    that runs Spark); under ``spark-submit``, the session its ``--master`` and ``--conf`` describe;
    otherwise a local one on *master* (default ``local[*]``).
    """
    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    if "PYSPARK_GATEWAY_PORT" in os.environ:  # started by spark-submit
        return SparkSession.builder.appName("quotex").getOrCreate(), True
    spark = local_session(master or "local[*]", **{"spark.ui.showConsoleProgress": "false"})
    spark.sparkContext.setLogLevel("ERROR")
    return spark, True


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {value}")
    return number


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
