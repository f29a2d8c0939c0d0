"""SQL builders: pure functions Filters (+ options) → Query(sql, params), one module per page:
the query behind each chart is in ui/queries/<page>.py (`events` for the overview and events
over time, `sidebar` for the filter widgets, `services` for the upload service, `where` for
what they share: the filters as WHERE clauses, display names, what a money total counts).
They are all importable from here (`queries.kpis(f)`).

Every query runs in DuckDB over views that ui/data.py creates: one per warehouse table
(`events`, `amounts`, ...) and one per serving mart (`m_events`, `m_event_orgs`, ...; see
etl/marts.py). Charts and KPIs aggregate the marts, which carry integer keys and each event's
filterable columns on every row; the explorer, the sources and one event's facts read the
tables themselves. User input only ever reaches SQL as a bound parameter; column and table
names come from whitelists. Aggregations stay in DuckDB so a million events never reach pandas.
"""
from ui.queries.contract_values import (
    amount_metrics,
    amounts_by_year,
    amounts_coverage,
    amounts_in_bar,
    amounts_list,
)
from ui.queries.event import (
    event_amount_choices,
    event_amounts,
    event_detail,
    event_mix,
    event_org_choices,
    event_organisations,
    event_people,
    events_matching,
    org_names,
    rows_named,
)
from ui.queries.events import (
    event_choices,
    event_list,
    events_by_month,
    events_by_period,
    events_by_region,
    events_by_year_type,
    kpis,
    latest_events,
    previous_period,
    unknown_year_count,
)
from ui.queries.explorer import (
    explorer_count,
    explorer_counts,
    explorer_rows,
    table_columns,
)
from ui.queries.institutions import (
    NETWORK_ORGS,
    co_organisation_edges,
    org_origin,
    orgs_by_type_role,
    people_list,
    top_organisers,
)
from ui.queries.participant_mix import (
    mix_by_basis,
    mix_per_event,
    mix_per_year,
    mix_year_events,
    speakers_by_type_country,
)
from ui.queries.regions import (
    events_by_city,
    events_by_country,
    events_by_province,
    participation_scope,
    place_names_zh,
)
from ui.queries.services import (
    document_hashes,
    upload_outcomes,
)
from ui.queries.sidebar import (
    country_options,
    event_count,
    province_options,
    region_options,
    year_bounds,
)
from ui.queries.sources import (
    QUALITY,
    QUALITY_EVENTS,
    QUALITY_OTHER,
    data_quality,
    document_events,
    document_facts,
    document_search,
    document_text,
    quality_rows,
)
from ui.queries.where import (
    COUNTED,
    EXTRA_COLUMNS,
    Query,
    amount_column,
    event_name,
    event_where,
    mart_where,
    org_name,
)

__all__ = [
    "COUNTED",
    "EXTRA_COLUMNS",
    "NETWORK_ORGS",
    "QUALITY",
    "QUALITY_EVENTS",
    "QUALITY_OTHER",
    "Query",
    "amount_column",
    "amount_metrics",
    "amounts_by_year",
    "amounts_coverage",
    "amounts_in_bar",
    "amounts_list",
    "co_organisation_edges",
    "country_options",
    "data_quality",
    "document_events",
    "document_facts",
    "document_hashes",
    "document_search",
    "document_text",
    "event_amount_choices",
    "event_amounts",
    "event_choices",
    "event_count",
    "event_detail",
    "event_list",
    "event_mix",
    "event_name",
    "event_org_choices",
    "event_organisations",
    "event_people",
    "event_where",
    "events_by_city",
    "events_by_country",
    "events_by_month",
    "events_by_period",
    "events_by_province",
    "events_by_region",
    "events_by_year_type",
    "events_matching",
    "explorer_count",
    "explorer_counts",
    "explorer_rows",
    "kpis",
    "latest_events",
    "mart_where",
    "mix_by_basis",
    "mix_per_event",
    "mix_per_year",
    "mix_year_events",
    "org_name",
    "org_names",
    "org_origin",
    "orgs_by_type_role",
    "participation_scope",
    "people_list",
    "place_names_zh",
    "previous_period",
    "rows_named",
    "province_options",
    "quality_rows",
    "region_options",
    "speakers_by_type_country",
    "table_columns",
    "top_organisers",
    "unknown_year_count",
    "upload_outcomes",
    "year_bounds",
]
