"""The real stages' worker warm-up loads what the first input's render would otherwise load."""

from __future__ import annotations

from reportgen.batch.stages import warm_up
from reportgen.options import Options
from reportgen.render import markup, pdf


def test_warm_up_loads_the_batch_template_before_the_first_input() -> None:
    markup._ENVIRONMENTS.clear()
    warm_up(Options(template="summary"), needs_model=False)
    assert [key[1] for key in markup._ENVIRONMENTS] == ["summary"]
    assert pdf.font_configuration.cache_info().currsize == 1
