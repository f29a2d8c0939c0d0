"""Files → clean text: the first step of the ETL.

One module per job: `files` (the input folder: which files, which names cannot be documents,
their bytes), `formats` (bytes → Document: the reader for a file's type, then cleaning and
language), one reader per format (`markdown_text`, `html_text`, `docx_text`, `pdf_text`),
`signatures` (binary formats by their first bytes), `encoding` (bytes → str), `clean`
(boilerplate, wrapped lines), `language` (which language, the zh/en split) and `dedupe` (the
key of a duplicate text). `document` holds the Document model and `IngestError`, whose message
says what is wrong with a file, so that the pipeline can quarantine it.
"""
from etl.ingest.clean import clean_text
from etl.ingest.dedupe import dedupe_key
from etl.ingest.document import Document, IngestError, Section
from etl.ingest.encoding import decode_text
from etl.ingest.files import discover, escaped_path, path_problem, read_source
from etl.ingest.formats import SUPPORTED_SUFFIXES, parse_document
from etl.ingest.language import detect_language, split_language_sections

__all__ = ["SUPPORTED_SUFFIXES", "Document", "IngestError",
           "Section", "clean_text", "decode_text", "dedupe_key", "detect_language", "discover",
           "escaped_path", "parse_document", "path_problem", "read_source",
           "split_language_sections"]
