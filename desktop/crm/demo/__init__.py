"""Demo data: realistic French and European customers for a first start, tests and benchmarks."""

from desktop.crm.demo.builder import SIZES, build_demo  # noqa: F401
