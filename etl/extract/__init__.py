"""Extraction rules grouped by what they find: text in, records with evidence out."""
