"""`python -m synthetic`: the article corpus (see synthetic/corpus.py)."""
import sys

from synthetic.corpus import main

sys.exit(main())
