"""Hypothesis strategies for the property tests: arbitrary unicode, article-like text assembled
from the pieces real articles are made of (figures, currencies, dates, people-nouns, CJK units,
headline words), focused money and date strings with random, often impossible, numbers, and
mixed-script text the normalised view reads differently from the article."""
from __future__ import annotations

from hypothesis import strategies as st

_CURRENCY_WORDS = ["$", "US$", "USD", "RMB", "CNY", "¥", "￥", "€", "EUR", "£", "GBP", "HK$",
                   "HKD", "JPY", "円", "₩", "KRW", "₹", "Rs", "R$", "CHF", "A$", "元", "美元",
                   "欧元", "人民币", "港元", "日元", "英镑", "yuan", "dollars", "euros", "won",
                   "pounds", "rupees", "rand", "lira", "pesos"]
_MULTIPLIERS = ["", " million", " billion", " trillion", "bn", "m", "k", " mln", " thousand",
                " crore", " lakh", "万", "亿", "万亿", "千万", "百万", "萬", "億", "亿元",
                "万元", "万美元", "亿美元"]
_QUALIFIERS = ["", "more than ", "over ", "about ", "nearly ", "some ", "up to ", "超过", "逾",
               "约", "近", "约合", "at least "]
_AFTER = ["", "多", "余", "餘", "左右", "以上", " or so", "+", " plus"]
_PEOPLE = ["people", "participants", "attendees", "delegates", "guests", "experts",
           "trainees", "visitors", "projects", "companies", "exhibitors", "tons", "patents",
           "人", "名", "位", "人次", "名代表", "位嘉宾", "家企业", "个项目", "项", "吨", "%"]
_VERBS = ["was held in", "attended", "took part in", "signed", "worth", "valued at",
          "turnover reached", "investment of", "举办", "举行", "签约", "成交额", "参会", "出席",
          "吸引了", "共有", "达", "累计", "合同金额", "hosted by", "organized by", "主办",
          "承办", "协办", "supported by", "under the guidance of", "in collaboration with"]
WORDS = ["Forum", "Conference", "Summit", "Training", "Fair", "Expo", "Workshop", "Signing",
          "Ceremony", "University", "Institute", "Academy of Sciences", "Technology Transfer",
          "Center", "Park", "Ministry of Science and Technology", "Co., Ltd.", "Dr.",
          "Professor", "President", "论坛", "大会", "培训班", "博览会", "签约仪式", "大学",
          "研究院", "科技园", "技术转移中心", "有限公司", "教授", "院长", "副市长", "Beijing",
          "Shanghai", "Nairobi", "São Paulo", "Munich", "Georgia", "Hong Kong", "广东省",
          "深圳", "北京", "台北", "China", "Germany", "United States", "Kenya", "Brazil",
          "(hereinafter", "以下简称", "《", "》", "“", "”", "(", ")", "（", "）"]
_MONTHS = ["January", "Feb", "Feb.", "March", "Sept.", "September", "Dec", "Mai", "mars"]
_SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "。", "，", "；", "\t", "\u3000",
               "\u200b", "\r\n", " — "]


def _number() -> st.SearchStrategy[str]:
    plain = st.integers(min_value=0, max_value=10**15).map(str)
    commas = st.integers(min_value=1000, max_value=10**13).map(lambda n: f"{n:,}")
    decimals = st.floats(min_value=0, max_value=1e7, allow_nan=False).map(lambda f: f"{f:.2f}")
    odd = st.sampled_from(["1e400", "0", "00", "007", "1,00,000", "1.2.3", "9" * 40,
                           "3,4", ".5", "5.", "一千二百", "两亿", "十", "零", "〇",
                           "１２３", "１２．５", "-5", "−3", "٣٤", "²", "½", "Ⅻ",
                           "1,234,567,890,123,456,789"])
    return st.one_of(plain, commas, decimals, odd)


@st.composite
def money_strings(draw) -> str:
    cur = draw(st.sampled_from(_CURRENCY_WORDS))
    prefix = draw(st.booleans())
    num, mult = draw(_number()), draw(st.sampled_from(_MULTIPLIERS))
    body = f"{cur}{num}{mult}" if prefix else f"{num}{mult} {cur}"
    restated = draw(st.sampled_from(["", " (about $1.5 billion)", "（约合2亿美元）",
                                     " (€3m)", ", or US$9", "（折合"]))
    return draw(st.sampled_from(_QUALIFIERS)) + body + draw(st.sampled_from(_AFTER)) + restated


@st.composite
def date_strings(draw) -> str:
    y = draw(st.one_of(st.integers(0, 99), st.integers(1890, 2110), st.integers(0, 99999)))
    m, d = draw(st.integers(0, 14)), draw(st.integers(0, 33))
    mon = draw(st.sampled_from(_MONTHS))
    forms = [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{m}月{d}日", f"{d}/{m}/{y}",
             f"{m}/{d}/{y}", f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon} {d}-{d + 2}, {y}",
             f"{y}年{m}月{d}日至{m}月{d + 1}日", f"{y}.{m}.{d}", f"{mon} {y}", f"{y}年",
             f"{y}年{m}月", f"on {mon} {d}", f"（{y}年{m}月{d}日）", f"{d}.{m}.{y}",
             f"二〇{y % 100:02d}年{m}月", f"{y}/{m}", f"FY{y}", f"{y}-{y + 1}",
             f"BEIJING, {mon}. {d} (Xinhua) --", f"Published: {y}-{m:02d}-{d:02d} 08:00"]
    return draw(st.sampled_from(forms))


_PIECES = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(_VERBS), st.sampled_from(_PEOPLE),
    st.sampled_from(_QUALIFIERS), money_strings(), date_strings(), _number(),
    st.text(max_size=12),
)


@st.composite
def article_like(draw) -> str:
    parts = draw(st.lists(_PIECES, min_size=0, max_size=60))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(parts),
                         max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


ANY_TEXT = st.one_of(st.text(max_size=3000), article_like(),
                     st.binary(max_size=2000).map(lambda b: b.decode("latin-1")))
TITLES = st.one_of(st.just(""), st.text(max_size=80), article_like().map(lambda s: s[:120]))

# Text the normalised view reads differently from the article (Traditional characters,
# full-width letters, digits and brackets, ideographic spaces) mixed with Latin, digits,
# punctuation and the words organisation names, titles and participant counts are made of:
# a finding taken from the view instead of the article shows here.
_MIXED_CHARS = (list("大學学院研究院所中心協會协会主辦主办承辦承办舉辦举办臺灣台湾北京清華清华有限公司集團集团"
                     "教授院長院长校長校长局長局长代表參加参加來自来自高校企業企业")
                + list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                + list("ＡＢＣＭＩＴａｂｃ０１２３４５６７８９（）　，。、；：！？「」《》“”()[],.;:!?'\"-–— \n\t%$€¥·"))
_MIXED_WORDS = ["University", "Institute", "Ministry of Science and Technology", "Co., Ltd.",
                "hosted by", "organized by", "Prof.", "Dr.", "President", "Director",
                "國立臺灣大學", "中國科學院", "技術轉移中心", "主辦單位", "承辦", "協辦", "教授", "院長",
                "高校", "科研院所", "企業", "universities", "research institutes", "enterprises",
                "from", "來自", "參加", "代表", "Ｔｓｉｎｇｈｕａ Ｕｎｉｖｅｒｓｉｔｙ", "ＭＩＴ"]
_MIXED_PIECE = st.text(alphabet=st.sampled_from(_MIXED_CHARS), max_size=8)
MIXED_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(_MIXED_CHARS), max_size=300),
    st.lists(st.one_of(st.sampled_from(_MIXED_WORDS), _MIXED_PIECE), max_size=60).map("".join),
    article_like())

# Inputs that once broke something, kept as explicit examples.
EDGE_STRINGS = ["", " ", "\x00", "\ufeff", "\n" * 50, "亿" * 500, "$" * 200, "1" * 5000,
         "9" * 400 + " billion dollars", "1e400 USD", "人" * 300, "(" * 300 + ")" * 300,
         "《" * 200, "\u202e$5 million", "Dr. " * 200, "2021年13月45日举办", "Feb 30, 2020",
         "0000-00-00", "US$1,000,000,000,000,000,000,000 trillion", "one hundred and people"]
