"""HTML to text, quickly: what the classifier reads of an HTML-only mail.

A draft quotes and mines the careful rendering (inscriptis: tables, lists, indentation), which
costs about a millisecond per real HTML mail. The classifier needs much less: the words, in
order, with a line break where the page breaks a line, so that sentences stay apart. Here
libxml2 (through lxml, which inscriptis already needs) parses the page and serialises its text
in C, several times faster. The page's own line breaks are layout, not text, so only block
elements start a new line; table cells are kept apart by a space. Every step is linear in the
length of the HTML, whatever its shape.
"""

from __future__ import annotations

import re

from lxml import etree

#: Elements that start a line when rendered (the ones real mail uses for layout).
_BLOCK = [
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "blockquote",
    "hr",
    "pre",
    "center",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "form",
    "fieldset",
    "body",
]
_CELL = ("td", "th")
#: Elements whose content is not text (a title is the page's, usually the subject again).
_NOT_TEXT = ("script", "style", "title", "noscript", "template")
#: Marks a line break in the serialised text; a stray one in the page only breaks a line.
_BREAK = "\u2029"
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    default_doctype=False,
)
_TAG = re.compile(r"<[^<>]*>?")


def flatten_html(html: str) -> str:
    """The text of `html`: one line per block element, words separated by single spaces, no
    blank lines. Total: markup libxml2 cannot read at all has its tags stripped instead."""
    try:
        root = etree.fromstring(html.encode("utf-8", "replace"), _PARSER)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:  # an empty or unreadable document
        text = _TAG.sub(" ", html)
    else:
        etree.strip_elements(root, *_NOT_TEXT, with_tail=False)
        for element in root.iter(*_BLOCK):
            element.text = _BREAK + (element.text or "")
            element.tail = _BREAK + (element.tail or "")
        for element in root.iter(*_CELL):
            element.tail = " " + (element.tail or "")
        text = etree.tostring(root, method="text", encoding="unicode")
    lines = (" ".join(line.split()) for line in text.split(_BREAK))
    return "\n".join(line for line in lines if line)
