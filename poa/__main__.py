"""``python -m poa``."""

from poa.cli import main

raise SystemExit(main())
