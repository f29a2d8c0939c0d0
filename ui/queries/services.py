"""What the services (services/uploads.py) read back from a warehouse: documents' content
hashes, and what a rebuild made of the uploaded files."""
from __future__ import annotations

from ui.queries.where import Query


def document_hashes() -> Query:
    """Every document's content hash and path (an upload identical to one is a duplicate)."""
    return Query("SELECT source_path, content_sha256 FROM documents "
                 "WHERE source_path IS NOT NULL AND content_sha256 IS NOT NULL "
                 "ORDER BY source_path")


def upload_outcomes(paths: list[str]) -> Query:
    """What the warehouse made of the documents at `paths`: status, error, the path of the
    document a duplicate repeats, and the names of its events (in event_id order)."""
    return Query("SELECT d.source_path, d.status, d.error, "
                 "coalesce(o.source_path, d.duplicate_of) AS duplicate_of, "
                 "list(e.name ORDER BY e.event_id) FILTER (WHERE e.event_id IS NOT NULL) "
                 "AS events FROM documents d "
                 "LEFT JOIN documents o ON o.doc_id = d.duplicate_of "
                 "LEFT JOIN (SELECT event_id, name, unnest(source_doc_ids) AS doc_id "
                 "FROM events) e ON e.doc_id = d.doc_id "
                 "WHERE list_contains($paths, d.source_path) "
                 "GROUP BY d.source_path, d.status, d.error, o.source_path, d.duplicate_of "
                 "ORDER BY d.source_path", {"paths": list(paths)})
