"""The command line in the user's language: argparse's own words ("usage:", "options", its error messages)
through the same Qt translation files as every other message (context "Argparse").

argparse looks its messages up with ``gettext`` at the moment it formats help or an error;
``ArgumentParser`` below swaps that lookup for ours while it formats or parses, and puts it back after.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager

from opsassistant.i18n.messages import translate


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


# Every argparse message a user of this program can meet, so lupdate extracts them for translation.
MESSAGES = frozenset({
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
})


def _gettext(message: str) -> str:
    return translate("Argparse", message) if message in MESSAGES else gettext.gettext(message)


@contextmanager
def _in_our_language() -> Iterator[None]:
    saved = argparse._
    argparse._ = _gettext
    try:
        yield
    finally:
        argparse._ = saved


class _Formatter(argparse.HelpFormatter):
    """Descriptions wrapped to the terminal, paragraph by paragraph (their line breaks kept)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return "\n".join(textwrap.fill(line, width, initial_indent=indent, subsequent_indent=indent) if line
                         else "" for line in text.splitlines())


class ArgumentParser(argparse.ArgumentParser):
    """An ``argparse.ArgumentParser`` that speaks the current language; ``-h`` is explained in it too."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        with _in_our_language():
            super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=translate("Argparse", "show this help message and exit"))

    def parse_known_args(self, args=None, namespace=None):
        with _in_our_language():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _in_our_language():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_our_language():
            return super().format_help()

    def error(self, message: str):
        with _in_our_language():
            super().error(message)


def requested_language(argv: list[str]) -> str | None:
    """The value of ``--lang`` anywhere on the command line (before ``--``), when it is one we speak."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        value = None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        if value in ("da", "en"):
            return value
    return None
