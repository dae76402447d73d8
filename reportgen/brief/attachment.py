"""The brief travels inside every PDF reportgen renders, as an attached ``brief.yaml``; this reads
it back out (``reportgen unpack``, and ``validate``/``render`` given a PDF), with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

from reportgen.brief.yamlio import MAX_YAML_BYTES
from reportgen.errors import InputError

ATTACHMENT_NAME = "brief.yaml"
#: The largest PDF read for its brief (a brief of 1,000 sources renders to a few MB).
MAX_PDF_BYTES = 200_000_000


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


def attached_brief(pdf: bytes, name: str | Path = "<pdf>") -> str:
    """The YAML text of the ``brief.yaml`` attached to ``pdf``."""
    from pypdf import PdfReader

    if not is_pdf(pdf):
        raise InputError("not a PDF file", name)
    try:
        found = PdfReader(io.BytesIO(pdf)).attachments.get(ATTACHMENT_NAME)
    except Exception as exc:  # a damaged PDF raises whatever pypdf's parser hits (NotImplementedError...)
        raise InputError(f"not a readable PDF ({type(exc).__name__})", name) from None
    if not found:
        raise InputError(f"no reportgen {ATTACHMENT_NAME} is attached to this PDF", name)
    if len(found[0]) > MAX_YAML_BYTES:  # a few KB of PDF can inflate to gigabytes
        raise InputError(f"the attached {ATTACHMENT_NAME} is over the {MAX_YAML_BYTES // 1_000_000} MB "
                         "limit of a brief", name)
    try:
        return found[0].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"the attached {ATTACHMENT_NAME} is not UTF-8 text (byte {exc.start})",
                         name) from None
