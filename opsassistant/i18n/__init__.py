"""Languages: the current UI language, message lookup for any language, and Babel formatting.

Message lookup uses Qt Linguist files through QtCore only (no widgets), so headless commands and reports
can print in either language.
"""

from opsassistant.i18n.language import SUPPORTED, current_language, set_current_language
from opsassistant.i18n.messages import translate

__all__ = ["SUPPORTED", "current_language", "set_current_language", "translate"]
