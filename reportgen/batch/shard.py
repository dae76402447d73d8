"""Deterministic sharding: an input's shard depends only on its path, not on what else exists.

Adding or removing one article therefore moves no other article between CI runners.
"""

from __future__ import annotations

import hashlib

from reportgen.errors import InputError


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` (1 <= K <= N) as ``(K, N)``."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise InputError(f"--shard must look like K/N (e.g. 1/4), got {text!r}") from None
    if n < 1 or not 1 <= k <= n:
        raise InputError(f"--shard {text}: K must be between 1 and N")
    return k, n


def shard_of(rel_path: str, count: int) -> int:
    """The 1-based shard of a project-relative posix path among ``count`` shards."""
    digest = hashlib.sha256(rel_path.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def in_shard(rel_path: str, k: int, n: int) -> bool:
    return shard_of(rel_path, n) == k
