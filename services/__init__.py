"""Services of the dashboard that write files, without Streamlit: articles uploaded from the
browser (`uploads`), corrections kept in the curation file (`corrections`) and the rebuild of
the warehouse after either (`rebuild`). They read the warehouse only through ui/data.py and
are called by the pages (through ui/workflows.py, which adds the progress bar and messages),
by tests and by scripts alike.
"""
