"""quotex.spark in Spark local mode: the DataFrame API, bad rows, the schema and the command.

Every test here is marked ``spark``; the module is skipped, with the reason, when PySpark, PyArrow
or Java is missing (``pip install -e '.[dev,spark]'`` and a JRE run it). One ``local[2]`` session
serves the whole test session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.spark

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[spark]')")
pa = pytest.importorskip("pyarrow", reason="PyArrow is not installed (pip install -e '.[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Java is not installed (Spark needs a JRE: default-jre-headless)", allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402 - after the skips above
import spacy  # noqa: E402
from pyspark.sql import DataFrame, SparkSession  # noqa: E402
from pyspark.sql import functions as F  # noqa: E402, N812 - the usual spelling
from pyspark.sql.types import ArrayType, DataType, StructField, StructType  # noqa: E402

from quotex import DEFAULT_LEXICON, Quote, Span, Speaker, extract_quotes  # noqa: E402
from quotex.spark import (  # noqa: E402
    ERROR_COLUMN,
    QUOTE_INDEX_COLUMN,
    QUOTE_SCHEMA,
    QUOTES_COLUMN,
    extract_quotes_df,
    local_session,
    output_schema,
)
from quotex.spark.cli import main  # noqa: E402
from quotex.spark.executor import extract_batches, outcome  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
SHORT = '"We are ready," said Maria Lopez, the union\'s president. "The strike ends today," she added.'
QUOTE_FIELDS = QUOTE_SCHEMA.fieldNames()


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    """One local[2] session for every Spark test; its Python workers run this interpreter."""
    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = local_session(
        "local[2]",
        app_name="quotex-tests",
        **{
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.default.parallelism": "2",
        },
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if before is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = before


def _documents(
    spark: SparkSession, rows: list[tuple[Any, Any]], ddl: str = "id string, text string"
) -> DataFrame:
    return spark.createDataFrame(rows, ddl)


def _quote_dicts(rows: list[Any]) -> dict[Any, list[dict[str, Any]]]:
    """Exploded output rows -> each document's quotes as ``to_dict()`` data, in quote_index order."""
    by_id: dict[Any, list[tuple[int, dict[str, Any]]]] = {}
    for row in rows:
        if row[QUOTE_INDEX_COLUMN] is None:
            continue
        data = row.asDict(recursive=True)
        by_id.setdefault(row["id"], []).append((data[QUOTE_INDEX_COLUMN], {f: data[f] for f in QUOTE_FIELDS}))
    return {key: [quote for _, quote in sorted(quotes)] for key, quotes in by_id.items()}


def _expected(texts: dict[Any, str], **options: Any) -> dict[Any, list[dict[str, Any]]]:
    """What ``extract_quotes`` gives for each text, as ``to_dict()`` data (documents with quotes only)."""
    found = {key: [q.to_dict() for q in extract_quotes(text, **options)] for key, text in texts.items()}
    return {key: quotes for key, quotes in found.items() if quotes}


# --- the schema (no Spark job) -------------------------------------------------------------------


def _full_quote() -> Quote:
    """A quote with every optional field set, so that ``to_dict()`` shows every nested key."""
    text = '"Yes," said Bob Smith, the mayor.'
    return Quote(
        text='"Yes,"',
        start=0,
        end=6,
        kind="direct",
        parts=[Span.from_text(text, 0, 6)],
        speaker=Speaker("Bob Smith", "mayor", "person"),
        source=Span.from_text(text, 12, 21),
        cue=Span.from_text(text, 7, 11),
        confidence=0.9,
        rule="cue_after_content",
    )


def test_quote_schema_has_the_fields_of_to_dict_in_order() -> None:
    data = _full_quote().to_dict()
    assert list(data) == QUOTE_FIELDS
    parts = QUOTE_SCHEMA["parts"].dataType
    assert isinstance(parts, ArrayType)
    assert _struct(parts.elementType).fieldNames() == list(data["parts"][0])
    for name in ("speaker", "source", "cue"):
        assert _struct(QUOTE_SCHEMA[name].dataType).fieldNames() == list(data[name]), name


def _struct(data_type: DataType) -> StructType:
    assert isinstance(data_type, StructType)
    return data_type


def test_quote_schema_is_stable() -> None:
    # Changing this string changes every Parquet file users have written: do it deliberately.
    span = "struct<start:bigint,end:bigint,text:string>"
    assert QUOTE_SCHEMA.simpleString() == (
        f"struct<text:string,start:bigint,end:bigint,kind:string,parts:array<{span}>,"
        f"speaker:struct<name:string,title:string,kind:string,id:string,titles:array<string>>,"
        f"source:{span},cue:{span},confidence:double,rule:string,resolution:string>"
    )
    nullable = {f.name for f in QUOTE_SCHEMA.fields if f.nullable}
    assert nullable == {"speaker", "source", "cue", "resolution"}


def test_output_schema_columns() -> None:
    id_field = StructField("doc", QUOTE_SCHEMA["text"].dataType)
    exploded = output_schema(id_field, explode=True)
    assert exploded.fieldNames() == ["doc", QUOTE_INDEX_COLUMN, *QUOTE_FIELDS, ERROR_COLUMN]
    assert all(f.nullable for f in exploded.fields)
    nested = output_schema(id_field, explode=False)
    assert nested.fieldNames() == ["doc", QUOTES_COLUMN, ERROR_COLUMN]
    quotes = nested[QUOTES_COLUMN].dataType
    assert isinstance(quotes, ArrayType)
    assert quotes.elementType == QUOTE_SCHEMA


# --- the executor function on Arrow batches (no Spark job) --------------------------------------


def test_executor_streams_one_batch_out_per_batch_in() -> None:
    names = output_schema(StructField("id", QUOTE_SCHEMA["start"].dataType), explode=True).fieldNames()
    batches = [
        pa.RecordBatch.from_arrays([pa.array([1, 2]), pa.array([SHORT, None])], names=["id", "text"]),
        pa.RecordBatch.from_arrays([pa.array([3]), pa.array(["No quotes."])], names=["id", "text"]),
    ]
    out = list(extract_batches(iter(batches), names=names, explode=True, lexicon=None, model=None))
    assert [b.num_rows for b in out] == [3, 0]
    first = out[0].to_pylist()
    assert [r["id"] for r in first] == [1, 1, 2]
    assert [r["text"] for r in first[:2]] == [q.text for q in extract_quotes(SHORT)]
    assert first[2][ERROR_COLUMN] == "text is null"


# --- Spark local[2] ------------------------------------------------------------------------------


def test_fixture_articles_equal_extract_quotes(spark: SparkSession) -> None:
    texts = {path.stem: path.read_text(encoding="utf-8") for path in ARTICLES}
    out = extract_quotes_df(_documents(spark, list(texts.items())))
    assert out.schema == output_schema(StructField("id", QUOTE_SCHEMA["text"].dataType), explode=True)
    rows = out.collect()
    expected = _expected(texts)
    assert sum(len(v) for v in expected.values()) > 20  # the fixtures are full of quotes
    assert _quote_dicts(rows) == expected
    assert all(row[ERROR_COLUMN] is None for row in rows)
    by_id = _quote_dicts(rows)
    for key, quotes in by_id.items():
        assert [Quote.from_dict(q) for q in quotes] == extract_quotes(texts[key])


def test_nested_output_equals_extract_quotes(spark: SparkSession) -> None:
    texts = {path.stem: path.read_text(encoding="utf-8") for path in ARTICLES[:2]} | {"none": "No quotes."}
    rows = extract_quotes_df(_documents(spark, list(texts.items())), explode=False).collect()
    assert sorted(row["id"] for row in rows) == sorted(texts)  # one row per document, even without quotes
    for row in rows:
        quotes = [q.asDict(recursive=True) for q in row[QUOTES_COLUMN]]
        assert quotes == [q.to_dict() for q in extract_quotes(texts[row["id"]])]
        assert row[ERROR_COLUMN] is None


def test_bad_and_odd_rows_never_fail_the_job(spark: SparkSession) -> None:
    odd = {
        "empty": "",
        "spaces": " \n\t ",
        "controls": "\x00\x01\x1b[31m" + SHORT + "\x7f\u200b\ufeff",
        "nonlatin": "\u201cМы готовы\u201d, \u2014 сказал Иван Петров. " + SHORT + " \U0001f600\u0301",
        "rtl": "\u202e" + SHORT + " \u05e9\u05dc\u05d5\u05dd",
        "lone_quote": '"' * 500,
    }
    rows = [*odd.items(), ("null", None)]
    out = extract_quotes_df(_documents(spark, rows))
    result = out.collect()
    errors = {row["id"]: row[ERROR_COLUMN] for row in result if row[ERROR_COLUMN] is not None}
    assert errors == {"null": "text is null"}
    assert out.where(out[ERROR_COLUMN].isNotNull()).count() == 1
    assert _quote_dicts(result) == _expected(odd)


def test_text_that_is_not_utf8_gives_an_error_row(spark: SparkSession) -> None:
    good = SHORT.encode("utf-8")
    rows = [
        (1, bytearray(good)),
        (2, bytearray(b"\xed\xa0\x80 " + good)),  # an encoded lone surrogate (CESU-8), not UTF-8
        (3, bytearray(b"\xff\xfe" + good)),
        (4, None),
    ]
    binary = _documents(spark, rows, "id long, text binary")
    as_string = binary.withColumn("text", F.col("text").cast("string"))  # Spark keeps the bad bytes
    for documents in (binary, as_string):
        result = extract_quotes_df(documents).collect()
        errors = {row["id"]: row[ERROR_COLUMN] for row in result if row[ERROR_COLUMN]}
        assert sorted(errors) == [2, 3, 4]
        assert errors[2].startswith("text is not valid UTF-8")
        assert all(row[QUOTE_INDEX_COLUMN] is None for row in result if row["id"] != 1)
        assert _quote_dicts(result) == _expected({1: SHORT})


def test_huge_document(spark: SparkSession) -> None:
    article = ARTICLES[0].read_text(encoding="utf-8")
    huge = "\n\n".join([article] * (1_000_000 // len(article)))  # 1 MB in one row
    rows = extract_quotes_df(_documents(spark, [("huge", huge)])).collect()
    assert _quote_dicts(rows) == _expected({"huge": huge})


def test_offsets_slice_the_article_in_spark(spark: SparkSession) -> None:
    texts = {path.stem: path.read_text(encoding="utf-8") for path in ARTICLES}
    texts["astral"] = "\U0001f4f0 \u00e9\u0301 " + SHORT + " \U0001f600 " + SHORT  # 4-byte characters
    documents = _documents(spark, list(texts.items()))
    joined = extract_quotes_df(documents).join(documents.withColumnRenamed("text", "article"), "id")
    # Spark's substring counts code points from 1, as Python's str counts them from 0
    sliced = F.expr("substring(article, start + 1, `end` - start)")
    stats = joined.agg(  # one action: one extraction
        F.count(F.lit(1)).alias("quotes"), F.sum((sliced != F.col("text")).cast("int")).alias("mismatches")
    ).first()
    assert stats is not None
    assert (stats["quotes"], stats["mismatches"]) == (sum(len(q) for q in _expected(texts).values()), 0)


def test_lexicon_and_model_reach_the_executors(spark: SparkSession, tmp_path: Path) -> None:
    lexicon = DEFAULT_LEXICON.with_cues(remove={"say"})
    assert extract_quotes(SHORT, lexicon=lexicon) != extract_quotes(SHORT)  # the change matters here
    documents = _documents(spark, [("a", SHORT), ("b", ARTICLES[2].read_text(encoding="utf-8"))])
    texts = {row["id"]: row["text"] for row in documents.collect()}
    rows = extract_quotes_df(documents, lexicon=lexicon).collect()
    assert _quote_dicts(rows) == _expected(texts, lexicon=lexicon)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")  # a pipeline that is not quotex's default tokenizer
    nlp.to_disk(tmp_path / "pipeline")
    rows = extract_quotes_df(documents, model=tmp_path / "pipeline").collect()
    assert _quote_dicts(rows) == _expected(texts, nlp=spacy.load(tmp_path / "pipeline"))


class _FailingPipeline:
    """Stands in for a spaCy pipeline with a component that raises."""

    max_length = 1_000_000

    def __call__(self, text: str) -> None:
        raise RuntimeError("a component failed")


def test_an_extraction_error_is_an_error_row_not_a_failed_job() -> None:
    nlp: Any = _FailingPipeline()
    quotes, error = outcome(SHORT.encode(), lexicon=DEFAULT_LEXICON, nlp=nlp)
    assert (quotes, error) == ([], "RuntimeError: a component failed")
    assert outcome(None, lexicon=DEFAULT_LEXICON) == ([], "text is null")


def test_id_column_keeps_its_type_and_other_columns(spark: SparkSession) -> None:
    documents = spark.createDataFrame([(7, "x", SHORT)], "doc_id long, extra string, body string")
    out = extract_quotes_df(documents, text_col="body", id_col="doc_id")
    assert out.schema["doc_id"].dataType.simpleString() == "bigint"
    assert [row["doc_id"] for row in out.collect()] == [7, 7]


def test_bad_arguments_raise_at_call_time(spark: SparkSession) -> None:
    documents = _documents(spark, [("a", SHORT)])
    with pytest.raises(ValueError, match="body"):
        extract_quotes_df(documents, text_col="body")
    with pytest.raises(TypeError, match="cast it first"):
        extract_quotes_df(spark.createDataFrame([(1, 2)], "id long, text long"))
    with pytest.raises(TypeError, match="Lexicon"):
        extract_quotes_df(documents, lexicon={"say"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name or path"):
        extract_quotes_df(documents, model=spacy.blank("en"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="output column"):
        extract_quotes_df(documents.withColumnRenamed("id", "rule"), id_col="rule")
    with pytest.raises(TypeError, match="DataFrame"):
        extract_quotes_df([("a", SHORT)])  # type: ignore[arg-type,unused-ignore]


# --- the command ---------------------------------------------------------------------------------


def test_command_jsonl_to_parquet(
    spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {"a1": SHORT, "a2": "No quotes here.", "a3": ARTICLES[1].read_text(encoding="utf-8")}
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items())
        + json.dumps({"id": "a4", "text": None})
        + "\n",
        encoding="utf-8",
    )
    assert main([str(source), str(tmp_path / "quotes.parquet")]) == 0
    table = pq.read_table(tmp_path / "quotes.parquet")
    assert table.schema.names == ["id", QUOTE_INDEX_COLUMN, *QUOTE_FIELDS, ERROR_COLUMN]
    rows = table.to_pylist()
    got: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for row in rows:
        if row[QUOTE_INDEX_COLUMN] is not None:
            got.setdefault(row["id"], []).append((row[QUOTE_INDEX_COLUMN], {f: row[f] for f in QUOTE_FIELDS}))
    assert {k: [q for _, q in sorted(v)] for k, v in got.items()} == _expected(texts)
    assert [row["id"] for row in rows if row[ERROR_COLUMN]] == ["a4"]
    quotes = sum(len(v) for v in _expected(texts).values())
    assert f"wrote {quotes} quotes" in capsys.readouterr().err
    # the same file again: refused unless --overwrite
    assert main([str(source), str(tmp_path / "quotes.parquet")]) == 1
    assert "already exists" in capsys.readouterr().err


def test_command_parquet_in_documents_out(spark: SparkSession, tmp_path: Path) -> None:
    texts = {"a1": SHORT, "a2": "No quotes here."}
    pq.write_table(pa.table({"doc": list(texts), "body": list(texts.values())}), tmp_path / "in.parquet")
    argv = [str(tmp_path / "in.parquet"), str(tmp_path / "out"), "--text-col", "body", "--id-col", "doc"]
    assert main([*argv, "--no-explode", "--partitions", "2"]) == 0
    rows = {row["doc"]: row for row in pq.read_table(tmp_path / "out").to_pylist()}
    assert sorted(rows) == ["a1", "a2"]
    for key, text in texts.items():
        assert rows[key][QUOTES_COLUMN] == [q.to_dict() for q in extract_quotes(text)]


def test_python_m_quotex_spark_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quotex.spark", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "INPUT" in done.stdout.upper()
    assert "--master" in done.stdout
