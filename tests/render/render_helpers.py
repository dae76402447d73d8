"""Poppler and Pillow helpers for the render tests (skip cleanly when poppler is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def pdf_text(pdf: Path) -> str:
    return subprocess.run([need("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run([need("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_outline(pdf: Path) -> list[str]:
    """Bookmark titles, in document order."""
    import re

    xml = subprocess.run([need("pdftohtml"), "-xml", "-i", "-q", "-stdout", str(pdf)], check=True,
                         capture_output=True, text=True).stdout
    outline = xml[xml.find("<outline>"):]
    return re.findall(r"<item page=\"\d+\">([^<]*)</item>", outline)


def page_variances(pdf: Path, folder: Path) -> list[float]:
    """Pixel standard deviation of each page rendered at 30 dpi (0 means a blank page)."""
    from PIL import Image, ImageStat

    prefix = folder / pdf.stem
    subprocess.run([need("pdftoppm"), "-png", "-r", "30", str(pdf), str(prefix)], check=True)
    pages = sorted(folder.glob(f"{pdf.stem}-*.png"))
    return [ImageStat.Stat(Image.open(p).convert("L")).stddev[0] for p in pages]
