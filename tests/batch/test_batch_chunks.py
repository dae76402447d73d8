"""How a batch's work is cut into chunks for its worker processes."""

from __future__ import annotations

from reportgen.batch.runner import MAX_CHUNK, split_chunks


def test_chunks_keep_every_item_once_in_order() -> None:
    for jobs in (1, 2, 3, 8):
        for count in (1, 2, 7, 40, 200, 1001):
            chunks = split_chunks(list(range(count)), jobs)
            assert [i for chunk in chunks for i in chunk] == list(range(count))
            assert all(0 < len(chunk) <= MAX_CHUNK for chunk in chunks)


def test_several_workers_end_on_small_chunks() -> None:
    """200 inputs on 2 workers: full chunks first, then shrinking ones, the last few single inputs,
    so one worker never runs a long chunk alone at the end."""
    sizes = [len(chunk) for chunk in split_chunks(list(range(200)), 2)]
    assert sizes[0] == MAX_CHUNK
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-4:] == [1, 1, 1, 1]


def test_one_worker_and_a_given_size_keep_full_chunks() -> None:
    assert [len(c) for c in split_chunks(list(range(40)), 1)] == [MAX_CHUNK, MAX_CHUNK, 8]
    assert [len(c) for c in split_chunks(list(range(7)), 2, chunk_size=3)] == [3, 3, 1]
