"""Whitespace collapsed as ``" ".join(text.split())`` does, without splitting most texts into words."""

from __future__ import annotations


def collapsed(text: str) -> str:
    """``" ".join(text.split())``. A printable text holds no whitespace but the plain space (every
    other whitespace character is a control or a separator, which ``str.isprintable`` refuses):
    without two spaces in a row, it collapses to itself stripped of spaces, with no list of words
    made (a paragraph's hundred words are a hundred new strings)."""
    if text.isprintable() and "  " not in text:
        return text.strip(" ")
    return " ".join(text.split())
