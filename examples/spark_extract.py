"""Extract articles from WARC files with Spark.

    spark-submit --master local[2] examples/spark_extract.py OUT_DIR crawl/*.warc.gz

On a cluster, ship decruft to the executors (e.g. ``--py-files`` with a zip of
it, or a virtualenv/conda archive with ``--archives``) and point at shared
storage (HDFS, S3): ``spark-submit --master yarn ... examples/spark_extract.py
s3a://bucket/articles s3a://bucket/crawl/*.warc.gz``.
"""

from __future__ import annotations

import sys

from pyspark.sql import SparkSession

from decruft.spark import extract_warc


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, paths = argv[0], argv[1:]
    spark = SparkSession.builder.appName("decruft").getOrCreate()
    articles = extract_warc(spark, paths)
    articles.write.mode("overwrite").json(out)
    print(f"{articles.count()} records written to {out}")
    spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
