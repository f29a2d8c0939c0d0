"""Synthetic data for tests and benchmarks (not part of the ETL): `corpus` writes news articles
with an answer key, `warehouse` a complete warehouse of every table; both draw from `world`.

    python -m synthetic --docs N --out DIR --seed S              # articles
    python -m synthetic.warehouse --events N --out DIR --seed S  # a warehouse
"""
