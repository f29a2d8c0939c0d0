"""Per-document extraction results → warehouse rows with stable ids and ISO names.

One module per job: `ids` (stable ids, the key names are compared by), `organizations` (an
organisation's row: the reference table, else rules), `rows` (one document's rows of every
table), `combine` (the corpus's rows as documents stream in, one organisation and person row per
id), `merge` (one event per real event across articles), `conversion` (amounts in USD and CNY)
and `spill` (the link tables of a large corpus finished column-wise, by the rules of the rows'
path). Each returns what it makes; none changes the rows it is given.
"""
from etl.normalize.combine import COLUMNWISE, SPILLED, Combiner
from etl.normalize.conversion import add_fx
from etl.normalize.ids import doc_id_for, name_key, stable_id
from etl.normalize.merge import merge_events
from etl.normalize.organizations import resolve_org
from etl.normalize.rows import document_rows
from etl.normalize.spill import finish_spilled

__all__ = ["COLUMNWISE", "SPILLED", "Combiner", "add_fx", "doc_id_for", "document_rows",
           "finish_spilled", "merge_events", "name_key", "resolve_org", "stable_id"]
