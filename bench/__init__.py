"""decruft's benchmark: decruft and its peers on datasets in the shared format (see README.md)."""
