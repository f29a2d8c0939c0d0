"""Interface strings in English and Chinese, and display names of vocabulary values and places."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from etl import gazetteer
from ui import fmt
from ui.fmt import BLANK

STRINGS: dict[str, tuple[str, str]] = {
    # app and sidebar
    "app_title": ("Tech-transfer events", "技术转移活动"),
    "language": ("Language / 语言", "Language / 语言"),
    "meeting_mode": ("Meeting mode", "会议模式"),
    "meeting_help": ("Hides the controls, enlarges fonts and shows one chart per screen.",
                     "隐藏控件、放大字体，每屏显示一张图。"),
    "filters": ("Filters", "筛选"),
    "years": ("Years", "年份"),
    "include_unknown": ("Include events with unknown year", "包括年份未知的活动"),
    "region": ("Region", "地区"),
    "country": ("Country", "国家/地区"),
    "province": ("Province", "省份"),
    "event_type": ("Event type", "活动类型"),
    "org_type": ("Institution type", "机构类型"),
    "role": ("Role", "角色"),
    "org_search": ("Organisation contains", "机构名称包含"),
    "currency": ("Currency", "货币"),
    "reset": ("Reset filters", "重置筛选"),
    "warehouse_version": ("Warehouse version", "数据版本"),
    # pages
    "page_overview": ("Overview", "概览"),
    "page_over_time": ("Events over time", "时间趋势"),
    "page_regions": ("Regions", "地区分布"),
    "page_institutions": ("Institutions and people", "机构与人物"),
    "page_participant_mix": ("Participant mix", "参与者构成"),
    "page_contract_values": ("Contract values", "签约金额"),
    "page_explorer": ("Data explorer", "数据浏览"),
    "page_sources": ("Sources and data quality", "来源与数据质量"),
    "page_event": ("Event detail", "活动详情"),
    # captions
    "caption_all": ("All events", "全部活动"),
    "caption_years": ("years {a}–{b}", "{a}–{b}年"),
    "caption_from": ("from {a}", "{a}年起"),
    "caption_until": ("until {b}", "截至{b}年"),
    "caption_unknown_in": ("unknown year included", "含年份未知"),
    "caption_unknown_out": ("unknown year excluded", "不含年份未知"),
    "caption_dates": ("dated {a} – {b}", "日期 {a} 至 {b}"),
    "dates_filter": ("Dates (events with a known date)", "日期（仅限日期已知的活动）"),
    "caption_org": ("organisation “{q}”", "机构“{q}”"),
    "caption_currency": ("values in {c}", "金额单位 {c}"),
    # data states
    "no_warehouse": ("No warehouse found at `{path}`.", "未找到数据仓库：`{path}`。"),
    "build_hint": ("Build it from the articles in `data/raw/` with:",
                   "请用以下命令从 `data/raw/` 中的文章生成："),
    "empty_warehouse": ("The warehouse at `{path}` holds no events yet. Add articles to "
                        "`data/raw/` and rebuild:",
                        "`{path}` 中的数据仓库还没有活动。请把文章放入 `data/raw/` 后重新生成："),
    "partial_warehouse": ("The warehouse is incomplete (missing or unreadable: {tables}); "
                          "pages show what is there. Rebuild with:",
                          "数据仓库不完整（缺失或无法读取：{tables}），页面仅显示现有数据。重新生成："),
    "no_rows": ("No data under the current filters.", "当前筛选下没有数据。"),
    # KPIs and labels
    "kpi_events": ("Events", "活动"),
    "kpi_countries": ("Countries", "国家/地区"),
    "kpi_orgs": ("Organisations", "机构"),
    "kpi_people": ("People", "人物"),
    "kpi_attendance": ("Reported attendance", "报道的参会人数"),
    "kpi_contracts": ("Contract value at events ({c})", "活动签约金额（{c}）"),
    "events": ("events", "活动数"),
    "year": ("Year", "年份"),
    "month": ("Month", "月份"),
    "year_unknown": ("year unknown", "年份未知"),
    "unknown": ("unknown", "未知"),
    "latest_events": ("Latest events", "最新活动"),
    "events_per_year": ("Events per year", "每年活动数"),
    "events_by_region": ("Events by region", "各地区活动数"),
    "events_by_year_type": ("Events by year and type", "按年份和类型的活动数"),
    "events_by_month": ("Events by month (where the date gives one)", "按月份的活动数（日期可知者）"),
    "events_by_year": ("Events by year", "按年份的活动数"),
    "event_table": ("Events", "活动列表"),
    "open": ("open", "打开"),
    "detail": ("Detail", "详情"),
    "source": ("Source", "来源"),
    "name": ("Name", "名称"),
    "date": ("Date", "日期"),
    "place": ("Place", "地点"),
    "world_map": ("Events by country", "各国活动数"),
    "china_map": ("Events by Chinese province", "中国各省活动数"),
    "city_map": ("Events by city", "各城市活动数"),
    "participation": ("Domestic vs international participation", "国内与国际参与"),
    "domestic": ("domestic", "国内"),
    "international": ("international", "国际"),
    "foreign": ("foreign", "国外"),
    "orgs_by_type_role": ("Organisations by type and role", "按类型和角色的机构"),
    "top_organisers": ("Top organisers (host, organiser, co-organiser)", "主要组织机构（主办、承办、协办）"),
    "org_origin": ("Domestic vs foreign organisations", "国内与国外机构"),
    "network": ("Who organises with whom", "共同组织网络"),
    "network_among": ("strongest ties among the {n} most active organisations; the {k} "
                      "busiest named, the others on hover",
                      "最活跃的 {n} 家机构之间最紧密的合作；标出合作最多的 {k} 家，其余悬停可见"),
    "people": ("Speakers and officials", "发言人与官员"),
    "mix_per_event": ("Reported participant shares per event", "各活动参与者构成"),
    "mix_per_year": ("Average participant shares per year", "各年平均参与者构成"),
    "mix_listed": ("Institution types listed as taking part", "列出的参与机构类型"),
    "mix_places": ("Participants by country and province", "参与者来源国家和省份"),
    "speakers_by": ("Speakers by institution type and country", "发言人的机构类型与国家"),
    "basis_note": ("Basis: reported = shares stated in the text; derived = computed from "
                   "stated counts; listed = types named without figures; speakers = from the "
                   "speakers' affiliations.",
                   "依据：报道＝文中给出的比例；推算＝由人数推算；列出＝仅列出类型；"
                   "发言人＝根据发言人所属机构。"),
    "amounts_by_year": ("Amounts by year, metric and scope ({c})", "按年份、指标和范围的金额（{c}）"),
    "include_stats": ("Include national / institution statistics",
                      "包括全国/机构统计数据"),
    "stats_note": ("Only deals signed at the events are shown; switch on to add figures "
                   "about institutions, regions or whole countries.",
                   "默认仅显示活动现场签约；打开开关可加入机构、地区或全国统计数字。"),
    "amounts_table": ("Amounts with their original currency and FX basis", "金额（原币种与汇率依据）"),
    "table": ("Table", "数据表"),
    "sort_by": ("Sort by", "排序"),
    "descending": ("Descending", "降序"),
    "page": ("Page", "页"),
    "rows_of": ("rows {a}–{b} of {n}", "第 {a}–{b} 行，共 {n} 行"),
    "download_csv": ("Download these rows (CSV)", "下载当前行（CSV）"),
    "download_zip": ("Download all tables (ZIP)", "下载全部数据表（ZIP）"),
    "zip_too_big": ("The filtered tables hold {n} rows, more than the {limit} an all-tables "
                    "ZIP may hold: narrow the filters, or download each table's pages as CSV.",
                    "筛选后的数据表共有 {n} 行，超过全表 ZIP 的上限 {limit} 行：请缩小筛选范围，"
                    "或逐页下载各表的 CSV。"),
    "search_text": ("Search the articles", "全文搜索"),
    "documents": ("Documents", "文档"),
    "status": ("Status", "状态"),
    "document": ("Document", "文档"),
    "article_text": ("Article text (extracted facts marked ⟦…⟧)", "文章全文（抽取的事实以 ⟦…⟧ 标出）"),
    "no_text": ("The warehouse holds no article text for this document.",
                "数据仓库中没有该文档的全文。"),
    "facts": ("Extracted facts and their evidence", "抽取的事实及其证据句"),
    "quality": ("Data quality", "数据质量"),
    "q_unknown_year": ("Events with unknown year", "年份未知的活动"),
    "q_unresolved_place": ("Events without a resolved country", "未识别国家的活动"),
    "q_unresolved_city": ("Events without a city", "无城市的活动"),
    "q_unresolved_org": ("Organisations of type 'other' or without country",
                         "类型为“其他”或无国家的机构"),
    "q_curated": ("Curated years", "人工校订的年份"),
    "q_quarantined": ("Quarantined documents", "隔离的文档"),
    "choose_event": ("Event", "活动"),
    "no_event": ("Choose an event (or open one from any table).", "请选择一个活动（或从任一表格打开）。"),
    "unknown_event": ("No event with id `{id}` in this warehouse.", "此数据仓库中没有 ID 为 `{id}` 的活动。"),
    "dates": ("Dates", "日期"),
    "venue": ("Venue", "场地"),
    "attendance": ("Attendance", "参会人数"),
    "format": ("Format", "形式"),
    "organisations": ("Organisations", "机构"),
    "amounts": ("Amounts", "金额"),
    "evidence": ("Evidence", "证据句"),
    "fact": ("Fact", "事实"),
    "value": ("Value", "值"),
    "share": ("Share", "比例"),
    "category": ("Category", "类别"),
    "basis": ("Basis", "依据"),
    "metric": ("Metric", "指标"),
    "scope": ("Scope", "范围"),
    "amount": ("Amount", "金额"),
    "original": ("Original", "原始金额"),
    "fx": ("FX basis", "汇率依据"),
    "origin": ("Origin", "来源"),
    "participation_label": ("Participation", "参与范围"),
    "organisations_label": ("Organisations", "机构数"),
    "speakers": ("Speakers", "发言人数"),
    "country_code": ("Country", "国家/地区"),
    "click_hint": ("Click a bar to open that event.", "点击条形可打开该活动。"),
    "events_by_quarter": ("Events by quarter (where the date gives one)", "按季度的活动数（日期可知者）"),
    "quarter": ("Quarter", "季度"),
    "granularity": ("Show by", "时间粒度"),
    "grain_year": ("year", "年"), "grain_quarter": ("quarter", "季度"), "grain_month": ("month", "月"),
    "events_log": ("events (log scale)", "活动数（对数刻度）"),
    "mix_unreported": ("not reported", "未报道"),
    "nine_dash_line": ("dashed line (South China Sea)", "南海断续线"),
    "china_city_map": ("Events by city in China", "中国各城市活动数"),
    "unknown_year_note": ("Events of unknown year not on this chart: {n}.",
                          "{n} 个年份未知的活动未列入此图。"),
    "unknown_year_open": ("Show them", "查看这些活动"),
    "unknown_year_excluded": ("Events of unknown year left out while the years are narrowed: "
                              "{n} (tick “Include events with unknown year” to count them).",
                              "已限定年份，{n} 个年份未知的活动未计入（勾选“包括年份未知的活动”可计入）。"),
    "metrics": ("Metrics (each its own panel)", "指标（各自成图）"),
    "amounts_covered": ("Totals count {counted} amounts, each figure once and in both currencies.",
                        "合计包括 {counted} 笔金额，每个数字只计一次，美元与人民币合计口径相同。"),
    "amounts_no_year": ("{n} not converted: no date or year to take an exchange rate from.",
                        "{n} 笔未换算：没有可据以取汇率的日期或年份。"),
    "amounts_no_rate": ("{n} not converted: no exchange rate for {cur} in that year.",
                        "{n} 笔未换算：该年份没有 {cur} 的汇率。"),
    "amounts_repeats": ("{n} repeated figures (same event, value and wording) counted once.",
                        "{n} 个重复数字（同一活动、数值和写法）只计一次。"),
    "amounts_unknown_year": ("{n} amounts of unknown year are in the table, not on the chart.",
                             "{n} 笔年份未知的金额列在表中，未画入图。"),
    "kpi_contracts_note": ("{n} contract values not converted are left out.",
                           "{n} 笔未换算的签约金额未计入。"),
    "choose": ("Choose…", "请选择…"),
    "period_prev": ("vs {a}–{b}", "对比 {a}–{b}年"),
    "open_events": ("Open these events", "查看这些活动"),
    "drill_hint": ("Click a bar to list what is behind it.", "点击条形可列出其背后的数据。"),
    "close_list": ("Close", "关闭"),
    "mix_bar_title": ("Events behind the bar {year}", "{year}条形背后的活动"),
    "mix_bar_note": ("{n} events report or allow deriving institution-type shares; the bar "
                     "is the mean of their shares, a type an event does not name counting "
                     "as 0 %.",
                     "{n} 个活动给出或可推算机构类型比例；条形为其平均值，活动未提及的类型按 0% 计。"),
    "bar_first": ("The first {k} are listed.", "此处列出前 {k} 个。"),
    "amount_bar_title": ("Amounts behind the bar {metric} · {scope} · {year}",
                         "{year}年 · {metric} · {scope} 条形背后的金额"),
    "amount_bar_note": ("{n} amounts (each figure once); the {counted} known in both "
                        "currencies make the bar's total, {total}; the others are listed "
                        "blank.",
                        "共 {n} 笔金额（每个数字只计一次）；其中 {counted} 笔两种货币均可换算，"
                        "合计 {total}，即条形高度；其余列出但留空。"),
    "pick_hint": ("Click a bar or a place to filter the whole dashboard by it; "
                  "“Reset filters” in the sidebar undoes it.",
                  "点击条形或地区即可按其筛选整个看板；侧栏的“重置筛选”可撤销。"),
    "add_summary_warn": ("Some files were not added: see the Outcome column.",
                         "部分文件未能添加：请看“结果”一栏。"),
    "headline": ("Headline figures", "核心数据"),
    "events_in_view": ("The events in this view (a click on a chart narrows them)",
                       "当前视图中的活动（点击图表可进一步筛选）"),
    "places_top": ("The {k} places named most often, of {n}.", "显示被提及最多的 {k} 个地点（共 {n} 个）。"),
    "table_events": ("events", "活动"), "table_documents": ("documents", "文档"),
    "table_organizations": ("organisations", "机构"),
    "table_event_organizations": ("event–organisation links", "活动—机构关系"),
    "table_people": ("people", "人物"), "table_event_people": ("event–person links", "活动—人物关系"),
    "table_participant_mix": ("participant mix", "参与者构成"), "table_amounts": ("amounts", "金额"),
    # decks, Excel, uploads and corrections (ui/deck/, ui/excel.py, services/uploads.py,
    # services/corrections.py)
    "deck_top_year": ("Most events in {year} ({k} of {n}; {a}–{b}).",
                      "{year}年活动最多（{n}个中的{k}个；{a}–{b}年）。"),
    "deck_unknown_year": (" {u} with unknown year.", "另有{u}个年份未知。"),
    "deck_all_unknown": ("All {n} events have an unknown year.", "全部{n}个活动年份未知。"),
    "deck_top_share": ("{name}: {k} of {n} ({pct} %).", "{name}：{n}个中的{k}个（{pct}%）。"),
    "deck_top_share_tied": ("{name}: {k} each of {n} ({pct} % each).",
                            "{name}：{n}个中各{k}个（各{pct}%）。"),
    "deck_and_unknown": (" {u} unknown.", "另有{u}个未知。"),
    "deck_only_unknown": ("All {n} unknown.", "全部{n}个均未知。"),
    "deck_top_years": ("Most events in {year} ({k} each of {n}; {a}–{b}).",
                       "{year}年活动最多（{n}个中各{k}个；{a}–{b}年）。"),
    "deck_filters": ("Filters", "筛选条件"),
    "deck_date": ("Date", "日期"),
    "deck_sources": ("Sources and notes", "来源与说明"),
    "deck_title": ("Tech-transfer events: {view}", "技术转移活动：{view}"),
    "deck_sources_line": ("{docs} documents ({ok} read, {q} quarantined) · ETL {etl} · "
                          "schema {schema}", "{docs}个文档（{ok}个已读取，{q}个隔离）· ETL {etl} · "
                          "结构版本 {schema}"),
    "deck_fx": ("Amounts are shown in {c}, converted at ECB daily rates of the event date, "
                "the year average, a rate stated in the text, or the reference table "
                "(fx_basis); unconverted amounts are left out of totals.",
                "金额以{c}显示，按活动日期的欧洲央行日汇率、年平均汇率、文中给出的汇率或参考表换算"
                "（fx_basis）；无法换算的金额不计入合计。"),
    "deck_make": ("Prepare deck (PowerPoint + PDF)", "生成演示文稿（PowerPoint + PDF）"),
    "deck_pptx": ("Download deck (PowerPoint)", "下载演示文稿（PowerPoint）"),
    "deck_pdf": ("Download deck (PDF)", "下载演示文稿（PDF）"),
    "deck_unavailable": ("Deck unavailable: {why}", "无法生成演示文稿：{why}"),
    "deck_mix_event": ("Largest average reported share: {name} ({pct} %) over the {n} events "
                       "that report shares.",
                       "报道的平均占比最高：{name}（{pct}%），基于报道比例的{n}个活动。"),
    "deck_mix_year": ("Largest average reported share: {name} ({pct} %) over {n} years.",
                      "报道的平均占比最高：{name}（{pct}%），共{n}个年份。"),
    "deck_most": ("Most {what}: {name} ({k}).", "{what}最多：{name}（{k}）。"),
    "deck_most_tied": ("Most {what}: {name} ({k} each).", "{what}最多：{name}（各{k}）。"),
    "list_sep": (", ", "、"),
    "deck_amounts": ("{metric}: largest in {year}, {k} of {n} in {a}–{b} ({pct} %).",
                     "{metric}：{year}年最高，{k}，占{a}–{b}年合计{n}的{pct}%。"),
    "deck_network": ("Most partners: {name} ({k} of {n} organisations).",
                     "合作伙伴最多：{name}（{n}个机构中的{k}个）。"),
    "deck_network_tied": ("Most partners: {name} ({k} each of {n} organisations).",
                          "合作伙伴最多：{name}（{n}个机构中各{k}个）。"),
    "deck_origin": ("{role}: {d} domestic, {f} foreign, {u} of unknown origin (of {n} "
                    "organisations).", "{role}：国内{d}家，国外{f}家，来源未知{u}家（共{n}家机构）。"),
    "deck_none": ("No chart on this page to put in a deck.", "本页没有可放入演示文稿的图表。"),
    "no_facts": ("No facts were extracted from this document.", "未从该文档中提取到信息。"),
    "none_reported": ("None reported in the source.", "原文未提及。"),
    "curated_because": ("curated: {reason}", "人工校订：{reason}"),
    "download_xlsx": ("Download these rows (Excel)", "下载当前行（Excel）"),
    "page_add_articles": ("Add articles", "添加文章"),
    "page_corrections": ("Corrections", "人工校订"),
    "add_intro": ("Upload articles ({types}, or a .zip of them; at most {n} files, {per} MB "
                  "per file and {mb} MB per upload). Originals are kept in `{folder}`; the "
                  "warehouse is rebuilt and every page shows the new data.",
                  "上传文章（{types}，或其 .zip 压缩包；每次最多 {n} 个文件，每个文件 {per} MB，"
                  "合计 {mb} MB）。原文保存在 `{folder}`；数据仓库将重新生成，所有页面随即显示新数据。"),
    "add_files": ("Articles to add", "要添加的文章"),
    "add_go": ("Add and rebuild", "添加并重新生成"),
    "add_progress": ("Rebuilding the warehouse: {done} of {total} documents",
                     "正在重新生成数据仓库：{done}/{total} 个文档"),
    "add_done": ("{new} with new events, {dup} duplicates, {q} quarantined, {rej} rejected.",
                 "新活动 {new} 个，重复 {dup} 个，隔离 {q} 个，拒收 {rej} 个。"),
    "file": ("File", "文件"),
    "outcome": ("Outcome", "结果"),
    "saved_as": ("Saved as", "保存为"),
    "new": ("new event", "新活动"),
    "no_event_found": ("no event", "未发现活动"),
    "rejected": ("rejected", "拒收"),
    "saved": ("saved", "已保存"),
    "locked": ("Another rebuild is running; try again in a moment.",
               "另一个重新生成任务正在运行，请稍后再试。"),
    "correct_event": ("Correct this event", "校订此活动"),
    "correct_field": ("Field", "字段"),
    "correct_value": ("New value (empty = clear)", "新值（留空表示清除）"),
    "correct_reason": ("Reason (required)", "理由（必填）"),
    "correct_save": ("Save correction and rebuild", "保存校订并重新生成"),
    "correct_org": ("Organisation", "机构"),
    "correct_org_action": ("Change", "修改"),
    "org_set_type": ("its type", "类型"),
    "org_set_country": ("its country (ISO alpha-3)", "国家（ISO 三字母代码）"),
    "org_set_name": ("its canonical name", "规范名称"),
    "org_merge": ("merge it into another organisation", "并入另一机构"),
    "correct_amount": ("Drop a wrong amount", "删除错误金额"),
    "correct_saved": ("Correction saved; the warehouse was rebuilt.",
                      "校订已保存，数据仓库已重新生成。"),
    "corrections_intro": ("Corrections are kept in `{path}` and applied on every rebuild. "
                          "Undo removes one and rebuilds.",
                          "校订保存在 `{path}` 中，每次重新生成时应用。撤销即删除该条并重新生成。"),
    "no_corrections": ("No corrections yet: make one on an event's detail page.",
                       "暂无校订：可在活动详情页进行校订。"),
    "undo": ("Undo", "撤销"),
    "applied": ("applied", "已应用"),
    "unmatched": ("target no longer exists", "目标已不存在"),
    "not_built": ("not built yet", "尚未生成"),
    "merged_into": ("merged into", "并入"),
    "dropped": ("dropped", "已删除"),
    "old_value_pending": ("The value it replaces shows once the warehouse is rebuilt with it.",
                          "重新生成数据仓库后显示被替换的原值。"),
    "when": ("When", "时间"),
    "reason": ("Reason", "理由"),
}

# Table headers: every column a page shows, in both languages (one table for all tables).
COLUMNS: dict[str, tuple[str, str]] = {
    "event_id": ("Event ID", "活动编号"), "doc_id": ("Document ID", "文档编号"),
    "org_id": ("Organisation ID", "机构编号"), "person_id": ("Person ID", "人物编号"),
    "amount_id": ("Amount ID", "金额编号"), "name": ("Name", "名称"),
    "name_zh": ("Chinese name", "中文名称"), "event": ("Event", "活动"),
    "event_type": ("Event type", "活动类型"), "start_date": ("Start date", "开始日期"),
    "end_date": ("End date", "结束日期"), "month_day": ("Month-day", "月日"),
    "year": ("Year", "年份"), "date_precision": ("Date precision", "日期精度"),
    "year_source": ("Year from", "年份来源"), "venue": ("Venue", "场地"),
    "city": ("City", "城市"), "province_code": ("Province", "省份"),
    "province": ("Province (as written)", "省份（原文）"),
    "country_code": ("Country", "国家/地区"), "country": ("Country (as written)", "国家（原文）"),
    "region": ("Region", "地区"), "format": ("Format", "形式"),
    "attendance": ("Attendance", "参会人数"),
    "attendance_qualifier": ("Attendance qualifier", "人数限定"),
    "evidence": ("Evidence", "证据句"), "source_path": ("Source file", "来源文件"),
    "source_title": ("Source title", "来源标题"), "source_doc_ids": ("Sources", "来源文档"),
    "curated_fields": ("Curated fields", "校订字段"), "title": ("Title", "标题/职务"),
    "language": ("Language", "语言"), "status": ("Status", "状态"), "error": ("Error", "错误"),
    "duplicate_of": ("Duplicate of", "重复于"), "n_chars": ("Characters", "字符数"),
    "content_sha256": ("Content hash", "内容哈希"), "text": ("Text", "正文"),
    "acronym": ("Acronym", "缩写"), "org_type": ("Institution type", "机构类型"),
    "role": ("Role", "角色"), "organisation": ("Organisation", "机构"),
    "dimension": ("Dimension", "维度"), "category": ("Category", "类别"),
    "share": ("Share", "比例"), "count": ("Count", "人数"), "basis": ("Basis", "依据"),
    "metric": ("Metric", "指标"), "scope": ("Scope", "范围"), "amount": ("Amount", "金额"),
    "currency": ("Currency", "币种"), "reference_year": ("Reference year", "所指年份"),
    "amount_usd": ("Amount (USD)", "金额（美元）"), "amount_cny": ("Amount (CNY)", "金额（人民币）"),
    "converted": ("Converted", "换算金额"), "original": ("Original amount", "原始金额"),
    "fx_rate_to_usd": ("Rate to USD", "兑美元汇率"), "fx_basis": ("FX basis", "汇率依据"),
    "fx_date": ("FX date", "汇率日期"), "qualifier": ("Qualifier", "限定"),
    "surface": ("As written", "原文写法"), "fact": ("Fact", "事实"), "value": ("Value", "值"),
    "events": ("Events", "活动数"), "organisations": ("Organisations", "机构数"),
    "speakers": ("Speakers", "发言人数"), "participants": ("Participants", "参与人数"),
    "participation": ("Participation", "参与范围"), "origin": ("Origin", "来源"),
    "detail": ("Detail", "详情"), "total": ("Total", "合计"),
}


def column_label(column: str, lang: str = "en") -> str:
    """A table header: the column's name for readers ('start_date' → 'Start date' / '开始日期');
    a column not in the table keeps its name, spaced ('amount_eur' → 'amount eur')."""
    pair = COLUMNS.get(column)
    if pair is None:
        if column.startswith("amount_"):
            code = column.removeprefix("amount_").upper()
            return f"{pair_text(('Amount', '金额'), lang)} ({code})"
        return column.replace("_", " ")
    return pair_text(pair, lang)


def pair_text(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


_VOCAB_ZH = {
    # event_type
    "forum": "论坛", "conference": "会议", "summit": "峰会", "training": "培训",
    "meeting": "座谈会", "fair": "展会", "signing": "签约", "competition": "大赛",
    # org_type
    "university": "高校", "research_institute": "科研院所", "government": "政府",
    "enterprise": "企业", "association": "协会", "intermediary": "技术转移机构",
    "park": "园区", "hospital": "医院", "media": "媒体", "international_org": "国际组织",
    # role
    "host": "主办", "organizer": "承办", "co_organizer": "协办", "supporter": "支持",
    "partner": "合作", "participant": "参与", "signatory": "签约方",
    # person role
    "speaker": "发言人", "moderator": "主持人", "official": "官员", "trainer": "培训师",
    # metric / scope
    "contract_value": "合同金额", "transaction_volume": "成交额", "investment": "投资",
    "economic_benefit": "经济效益", "funding": "资助", "revenue": "收入",
    "event": "活动现场", "institution": "机构", "national": "全国", "regional": "地区",
    # basis, status, qualifiers, format
    "reported": "报道", "derived": "推算", "listed": "列出", "speakers": "发言人",
    "ok": "正常", "quarantined": "隔离", "duplicate": "重复",
    "exact": "确切", "at_least": "至少", "approx": "约",
    "in_person": "线下", "online": "线上", "hybrid": "线上线下",
    # regions
    "Africa": "非洲", "Americas": "美洲", "Asia": "亚洲", "Europe": "欧洲", "Oceania": "大洋洲",
    "other": "其他", "domestic": "国内", "international": "国际", "foreign": "国外",
    "unknown": "未知",
    # document languages
    "zh": "中文", "en": "英文", "mixed": "中英混合",
}


def t(key: str, lang: str = "en", **kw: object) -> str:
    """The interface string `key` in `lang`, formatted with `kw`; the key itself if unknown."""
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "zh" else pair[0]
    return text.format(**kw) if kw else text


def label(value: object, lang: str = "en") -> str:
    """Display name of a vocabulary value ('co_organizer' → 'co-organizer' / '协办')."""
    if value is None or value != value:  # None or NaN
        return t("unknown", lang)
    text = str(value)
    if "+" in text:  # two types reported together
        return " + ".join(label(p, lang) for p in text.split("+"))
    if lang == "zh" and text in _VOCAB_ZH:
        return _VOCAB_ZH[text]
    return text.replace("_", " ")


# Place names come from the ETL's own place tables (data/reference/place_aliases.csv,
# GeoNames, pycountry): countries and provinces by code through the gazetteer's functions,
# cities from the places mart, which the ETL derives with the same tables
# (etl/places/display.py), since a city's Chinese name depends on its province.

@lru_cache(maxsize=4096)
def country_name(code: str | None, english: str | None = None, lang: str = "en") -> str:
    """Country name for display in `lang` ('DEU' → 'Germany' / '德国')."""
    if not code:
        return english or t("unknown", lang)
    return gazetteer.country_name(code, lang) or english or \
        gazetteer.country_name(code, "en") or code


@lru_cache(maxsize=4096)
def province_name(code: str | None, english: str | None = None, lang: str = "en") -> str:
    """Province name for display in `lang` ('CN-YN' → 'Yunnan' / '云南省')."""
    if not code:
        return english or t("unknown", lang)
    return gazetteer.province_name(code, lang) or english or \
        gazetteer.province_name(code, "en") or code


def city_name(city: str | None, city_zh: str | None = None, lang: str = "en") -> str:
    """A city as the warehouse stores it (English), or in Chinese its name from the places
    mart (`city_zh`, the ETL's place table) where it has one; blank as '—'."""
    if not city or city != city:
        return BLANK
    return (city_zh if lang == "zh" and isinstance(city_zh, str) and city_zh else None) or city


def place_names(df: pd.DataFrame, lang: str = "en") -> list[str]:
    """The name in `lang` of each row's city (rows: city, city_zh, province_code,
    province_zh), with its province where another row has a city of the same name (Suzhou,
    Anhui and Suzhou, Jiangsu)."""
    if df.empty:
        return []
    blank = [None] * len(df)
    names = [city_name(c, z, lang) for c, z in zip(df["city"], df.get("city_zh", blank),
                                                    strict=True)]
    seen = pd.Series(names).duplicated(keep=False)
    out = []
    for name, twin, code, zh in zip(names, seen, df.get("province_code", blank),
                                    df.get("province_zh", blank), strict=True):
        if twin and isinstance(code, str):
            province = zh if lang == "zh" and isinstance(zh, str) else \
                province_name(code, None, lang)
            name = f"{name}（{province}）" if lang == "zh" else f"{name} ({province})"
        out.append(name)
    return out


CityNames = dict[tuple, str]


def chinese_city_names(rows: pd.DataFrame) -> CityNames:
    """From the places mart's rows (city, province_code, country_code, city_zh): the Chinese
    name of each place, also under (city, country) and (city,) where every place of that
    name agrees, for tables that show a city without its province or country."""
    names: CityNames = {}
    partial: dict[tuple, set[str]] = {}
    if rows.empty:
        return names
    for city, province, country, zh in rows[["city", "province_code", "country_code",
                                              "city_zh"]].itertuples(index=False):
        province, country = (None if fmt.is_blank(v) else v for v in (province, country))
        names[(city, province, country)] = zh
        partial.setdefault((city, country), set()).add(zh)
        partial.setdefault((city,), set()).add(zh)
    return names | {k: next(iter(v)) for k, v in partial.items() if len(v) == 1}


def city_column(df: pd.DataFrame, lang: str, names: CityNames | None = None) -> list[str]:
    """The rows' `city` in `lang`: in Chinese by `names` (chinese_city_names), keyed by as
    much of the place (province, country) as the frame has."""
    blank = [None] * len(df)
    out = []
    for city, province, country in zip(df["city"], df.get("province_code", blank),
                                       df.get("country_code", blank), strict=True):
        zh = None
        if lang == "zh" and names:
            province, country = (None if fmt.is_blank(v) else v for v in (province, country))
            keys = ([(city, province, country)] if "province_code" in df.columns else []) + \
                [(city, country), (city,)]
            zh = next((names[k] for k in keys if k in names), None)
        out.append(city_name(city, zh, lang))
    return out
