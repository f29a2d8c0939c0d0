"""Contract values: amounts by year in USD or CNY, one panel per metric (contract value by
default), each figure once; what the totals leave out is said under the chart; a click on a
bar lists the amounts behind it."""
import streamlit as st

from ui import charts, data, deck, downloads, drill, layout, queries
from ui.i18n import label, t

BAR_ROWS = 1000  # the amounts listed behind one bar; the note says when there are more
f = layout.page_header("contract_values")
include_stats = st.toggle(t("include_stats", f.lang), key="amounts_include_stats")
if not include_stats:
    st.caption(t("stats_note", f.lang))
found = list(data.run(queries.amount_metrics(f, include_stats)).get("metric", []))
default = [m for m in found if m == "contract_value"] or found[:1]
metrics = tuple(st.multiselect(t("metrics", f.lang), found, default=default,
                               format_func=lambda m: label(m, f.lang), key="amounts_metrics",
                               placeholder=t("choose", f.lang)))
per_year = data.run(queries.amounts_by_year(f, include_stats, metrics))
layout.plot(charts.amounts_by_year(per_year, f.currency, f.lang, (f.year_min, f.year_max)),
            "amounts_year", drill_down=True,
            takeaway=lambda: deck.takeaway_amounts(per_year, f.currency, f.lang))
layout.amounts_coverage(data.scalar_row(queries.amounts_coverage(f, include_stats, metrics)),
                        per_year, f)
st.caption(t("drill_hint", f.lang))
bar = drill.AmountBar.parse(st.query_params.get(drill.PARAM))
if bar is not None:  # the amounts behind the bar clicked (or named in the URL)
    behind = data.run(queries.amounts_in_bar(f, bar, include_stats, limit=BAR_ROWS))
    layout.bar_rows(t("amount_bar_title", f.lang, metric=label(bar.metric, f.lang),
                      scope=label(bar.scope, f.lang), year=bar.year),
                    layout.amount_bar_note(bar, per_year, behind, BAR_ROWS, f),
                    behind.rename(columns={"converted": f"amount_{f.currency.lower()}"}),
                    "amounts_bar", hide=("doc_id",))
st.subheader(t("amounts_table", f.lang))
rows = data.run(queries.amounts_list(f, include_stats, metrics=metrics))
layout.table(rows.rename(columns={"converted": f"amount_{f.currency.lower()}"}), "amounts_table",
             hide=("doc_id",))
downloads.page_deck("contract_values", include_stats, metrics)
