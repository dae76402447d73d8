"""``reportgen preview``: the brief's render served on localhost, reloaded as its files change.

:class:`~reportgen.preview.session.PreviewSession` holds the brief and the latest render,
:class:`~reportgen.preview.server.Preview` serves it and watches the files. Nothing here is imported
by the other commands.
"""

from __future__ import annotations

from reportgen.preview.server import Preview
from reportgen.preview.session import PreviewSession, Snapshot

__all__ = ["Preview", "PreviewSession", "Snapshot"]
