"""Extract articles from WARC files with Spark.

    .venv/bin/python examples/spark_extract.py OUT_DIR crawl/*.warc.gz
    PYSPARK_PYTHON=.venv/bin/python .venv/bin/spark-submit --master local[2] examples/spark_extract.py OUT_DIR crawl/*.warc.gz

Run it with the Python that has decruft (``pip install 'decruft[spark]'``): run
directly, the script makes Spark's workers use that Python too; with spark-submit
from a virtualenv that is not activated, set PYSPARK_PYTHON as above.
On a cluster, ship decruft to the executors (a virtualenv or conda archive
with ``--archives``); the WARC files must be on a file system every executor
mounts, the output can go to HDFS or S3 (see docs/scale.md).
"""

from __future__ import annotations

import os
import sys

try:
    from pyspark.sql import SparkSession

    from decruft.spark import WorkerPythonError, extract_warc
except ImportError as exc:
    sys.exit(
        f"spark_extract.py: {exc}. Run it with the Python that has decruft[spark] installed, e.g. "
        f".venv/bin/python examples/spark_extract.py ..., or PYSPARK_PYTHON=.venv/bin/python "
        f".venv/bin/spark-submit examples/spark_extract.py ..."
    )


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, paths = argv[0], argv[1:]
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers: this Python, which has decruft
    spark = SparkSession.builder.appName("decruft").getOrCreate()
    try:
        articles = extract_warc(spark, paths)
    except WorkerPythonError as exc:
        print(f"spark_extract.py: {exc}", file=sys.stderr)
        return 2
    articles.write.mode("overwrite").json(out)
    # count what was written, rather than the DataFrame, which would run the extraction again
    print(f"{spark.read.json(out).count()} records written to {out}")
    spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
