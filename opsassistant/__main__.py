from opsassistant.cli import main

raise SystemExit(main())
