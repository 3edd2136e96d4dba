"""`python -m watcher` is the same as the `rejection-watcher` command."""

import sys

from .cli import main

sys.exit(main())
