"""The only way WeasyPrint reads anything: ``data:`` URIs and files inside the template stack.

``http(s):``, other files, ``..`` escapes and symlinks out of the folders stop the render; nothing
is ever fetched from the network. Kept apart from ``assets`` so HTML output never imports WeasyPrint.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from reportgen.render.assets import media_type


class RefusedResource(FatalURLFetchingError):
    """A template asked WeasyPrint for something outside its folders; rendering stops."""

    def __init__(self, url: str):
        super().__init__(url)
        self.url = url


class StackFetcher(URLFetcher):
    """Serves ``data:`` URIs and files inside the stack's folders; refuses everything else."""

    def __init__(self, folders: list[Path]):
        super().__init__(allowed_protocols={"data", "file"}, fail_on_errors=True)
        self.roots = [folder.resolve() for folder in folders]
        #: URLs refused so far; WeasyPrint swallows some refusals (inside SVG images), so the
        #: caller checks this list after rendering too.
        self.refused: list[str] = []

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        try:
            parts = urlsplit(url)
        except ValueError:  # malformed (http://[x): refused like anything else, not a crash
            parts = urlsplit("")
        scheme = parts.scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(unquote(parts.path)).resolve()
            if parts.netloc in ("", "localhost") and path.is_file() and \
                    any(path.is_relative_to(root) for root in self.roots):
                return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                          {"Content-Type": media_type(path)})
        self.refused.append(url)
        raise RefusedResource(url)
