"""ETL: a folder of articles → the Parquet warehouse of SPEC.md (ingest → extract → normalise → load)."""

ETL_VERSION = "0.1.0"
