"""Extract articles from WARC files with Spark.

    spark-submit --master local[2] examples/spark_extract.py OUT_DIR crawl/*.warc.gz

On a cluster, ship decruft to the executors (a virtualenv or conda archive
with ``--archives``); the WARC files must be on a file system every executor
mounts, the output can go to HDFS or S3 (see docs/scale.md).
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
