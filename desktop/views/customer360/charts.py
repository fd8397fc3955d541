"""The charts of the Customer 360 (BR-360-09 and the issue's dashboards): the open pipeline
by phase, the won revenue by month over twelve months, the activities by month and type.
Month names and numbers follow the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout

from desktop.models.columns import translate_enum
from desktop.views.customer360 import ops
from desktop.views.customer360.panel import Panel
from desktop.widgets import charts as chart_widgets


def _t(text: str) -> str:
    """``text`` (declared in words.py) in the user's language."""
    return QCoreApplication.translate("Customer360", text)


def month_label(key: str) -> str:
    """"2026-03" as the user's language writes a short month: "mars 26", "Mar 26"."""
    year, month = (int(part) for part in key.split("-"))
    return f"{QLocale().standaloneMonthName(month, QLocale.ShortFormat)} {year % 100:02d}"


def amount(value) -> str:
    return QLocale().toString(float(value), "f", 0)


class ChartsPanel(Panel):
    title_source = "Charts"
    reader = ops.chart_series

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.pipeline = chart_widgets.BarChart(value_text=amount, parent=self)
        self.revenue = chart_widgets.BarChart(value_text=amount, parent=self)
        self.activities = chart_widgets.BarChart(stacked=True, parent=self)
        for chart, name in ((self.pipeline, "pipeline_chart"), (self.revenue, "revenue_chart"),
                            (self.activities, "activities_chart")):
            chart.setObjectName(name)
        layout = QHBoxLayout(self)
        for chart in (self.pipeline, self.revenue, self.activities):
            layout.addWidget(chart, 1)
        self._titles()

    def _titles(self) -> None:
        self.pipeline.set_title(_t("Open pipeline by phase"))
        self.revenue.set_title(_t("Won revenue by month"))
        self.activities.set_title(_t("Activities by month"))
        for chart in (self.pipeline, self.revenue, self.activities):
            chart.set_empty_text(_t("Nothing yet"))

    def retranslate(self) -> None:
        self._titles()
        super().retranslate()

    def waiting(self) -> None:
        for chart in (self.pipeline, self.revenue, self.activities):
            chart.show([], [])  # no stale bars, no empty grid

    def fill(self, result) -> None:
        phases, revenue, activities = result
        self.pipeline.show([bar.phase or _t("No phase") for bar in phases],
                           [chart_widgets.Series(_t("Expected revenue"), [bar.amount for bar in phases])])
        months = [month_label(m) for m in revenue.months]
        self.revenue.show(months, [chart_widgets.Series(_t("Won opportunities"), revenue.won),
                                   chart_widgets.Series(_t("Processed quotations"), revenue.quoted)])
        self.activities.show([month_label(m) for m in activities.months],
                             [chart_widgets.Series(translate_enum(kind), activities.counts[kind])
                              for kind in activities.types])
