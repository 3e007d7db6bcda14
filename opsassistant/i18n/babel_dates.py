"""``babel.dates`` as the program uses it: on the standard library's ``zoneinfo``, never on pytz.

Babel uses pytz for its zones whenever pytz can be imported (vobject installs it), and ``babel.localtime``
then looks up the system's zone on import with ``pytz.timezone``, which checks that each of pytz's ~600 zone
files exists: about a tenth of the time to the first paint. The program passes ``zoneinfo`` zones to Babel
everywhere, so Babel is imported in the mode it has when pytz is not installed. Import ``babel.dates`` through
this module (``from opsassistant.i18n.babel_dates import babel_dates``) so the first import decides it.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _import_without_pytz() -> ModuleType:
    if "babel.dates" in sys.modules:
        return sys.modules["babel.dates"]
    saved = sys.modules.get("pytz")
    sys.modules["pytz"] = None  # type: ignore[assignment]  # "import pytz" raises ModuleNotFoundError
    try:
        import babel.dates
    finally:
        if saved is None:
            del sys.modules["pytz"]
        else:
            sys.modules["pytz"] = saved
    return babel.dates


babel_dates = _import_without_pytz()
