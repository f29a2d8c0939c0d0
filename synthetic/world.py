"""The made-up world both generators draw from: real places (so the gazetteer resolves them),
organisations (the reference table's and generic ones), and the kinds of events and their names.

Fixtures for tests and benchmarks, never read by the extractors.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from etl import reference

# Province weights ~ 2020 census population (millions).
# code, English, Chinese, population, "City/城市;…"
_CN_PROVINCES = """\
BJ|Beijing|北京市|21.9|Beijing/北京
SH|Shanghai|上海市|24.9|Shanghai/上海
TJ|Tianjin|天津市|13.9|Tianjin/天津
CQ|Chongqing|重庆市|32.1|Chongqing/重庆
GD|Guangdong|广东省|126.0|Guangzhou/广州;Shenzhen/深圳;Foshan/佛山;Dongguan/东莞;Zhuhai/珠海
JS|Jiangsu|江苏省|84.7|Nanjing/南京;Suzhou/苏州;Wuxi/无锡;Changzhou/常州
ZJ|Zhejiang|浙江省|64.6|Hangzhou/杭州;Ningbo/宁波;Wenzhou/温州
SD|Shandong|山东省|101.5|Jinan/济南;Qingdao/青岛;Yantai/烟台
HA|Henan|河南省|99.4|Zhengzhou/郑州;Luoyang/洛阳
SC|Sichuan|四川省|83.7|Chengdu/成都;Mianyang/绵阳
HB|Hubei|湖北省|57.8|Wuhan/武汉;Xiangyang/襄阳
HN|Hunan|湖南省|66.4|Changsha/长沙;Zhuzhou/株洲
HE|Hebei|河北省|74.6|Shijiazhuang/石家庄;Tangshan/唐山;Baoding/保定
AH|Anhui|安徽省|61.0|Hefei/合肥;Wuhu/芜湖
FJ|Fujian|福建省|41.5|Fuzhou/福州;Xiamen/厦门;Quanzhou/泉州
JX|Jiangxi|江西省|45.2|Nanchang/南昌;Ganzhou/赣州
LN|Liaoning|辽宁省|42.6|Shenyang/沈阳;Dalian/大连
SN|Shaanxi|陕西省|39.5|Xi'an/西安;Baoji/宝鸡
SX|Shanxi|山西省|34.9|Taiyuan/太原;Datong/大同
YN|Yunnan|云南省|47.2|Qujing/曲靖;Yuxi/玉溪
GX|Guangxi|广西壮族自治区|50.1|Nanning/南宁;Guilin/桂林;Liuzhou/柳州
GZ|Guizhou|贵州省|38.6|Guiyang/贵阳;Zunyi/遵义
HL|Heilongjiang|黑龙江省|31.9|Harbin/哈尔滨;Daqing/大庆
JL|Jilin|吉林省|24.1|Changchun/长春
NM|Inner Mongolia|内蒙古自治区|24.0|Hohhot/呼和浩特;Baotou/包头
XJ|Xinjiang|新疆维吾尔自治区|25.9|Urumqi/乌鲁木齐
GS|Gansu|甘肃省|25.0|Lanzhou/兰州
HI|Hainan|海南省|10.1|Haikou/海口;Sanya/三亚
NX|Ningxia|宁夏回族自治区|7.2|Yinchuan/银川
QH|Qinghai|青海省|5.9|Xining/西宁
XZ|Tibet|西藏自治区|3.6|Lhasa/拉萨"""

# ISO3, English, Chinese, UN region, weight, currency, "City/城市/subdivision;…"
_COUNTRIES = """\
USA|United States|美国|Americas|10|USD|Boston/波士顿/US-MA;San Francisco/旧金山/US-CA;\
Atlanta/亚特兰大/US-GA;New York City/纽约/US-NY;Houston/休斯敦/US-TX
DEU|Germany|德国|Europe|8|EUR|Munich/慕尼黑;Berlin/柏林;Hamburg/汉堡;Stuttgart/斯图加特
GBR|United Kingdom|英国|Europe|6|GBP|London/伦敦;Manchester/曼彻斯特;Edinburgh/爱丁堡
FRA|France|法国|Europe|5|EUR|Paris/巴黎;Lyon/里昂;Toulouse/图卢兹
JPN|Japan|日本|Asia|5|JPY|Tokyo/东京;Osaka/大阪;Yokohama/横滨
KOR|South Korea|韩国|Asia|5|KRW|Seoul/首尔;Busan/釜山;Daejeon/大田
RUS|Russia|俄罗斯|Europe|4|RUB|Moscow/莫斯科;Novosibirsk/新西伯利亚
ITA|Italy|意大利|Europe|3|EUR|Milan/米兰;Rome/罗马;Turin/都灵
ESP|Spain|西班牙|Europe|2|EUR|Madrid/马德里;Barcelona/巴塞罗那
NLD|Netherlands|荷兰|Europe|2|EUR|Amsterdam/阿姆斯特丹;Eindhoven/埃因霍温
BEL|Belgium|比利时|Europe|2|EUR|Brussels/布鲁塞尔
CHE|Switzerland|瑞士|Europe|2|CHF|Zurich/苏黎世;Geneva/日内瓦
SWE|Sweden|瑞典|Europe|2|SEK|Stockholm/斯德哥尔摩
DNK|Denmark|丹麦|Europe|1|DKK|Copenhagen/哥本哈根
FIN|Finland|芬兰|Europe|1|EUR|Helsinki/赫尔辛基
NOR|Norway|挪威|Europe|1|NOK|Oslo/奥斯陆
AUT|Austria|奥地利|Europe|1|EUR|Vienna/维也纳
POL|Poland|波兰|Europe|1|PLN|Warsaw/华沙
CZE|Czechia|捷克|Europe|1|CZK|Prague/布拉格
HUN|Hungary|匈牙利|Europe|1|HUF|Budapest/布达佩斯
SRB|Serbia|塞尔维亚|Europe|1|EUR|Belgrade/贝尔格莱德
GRC|Greece|希腊|Europe|1|EUR|Athens/雅典
ISR|Israel|以色列|Asia|2|USD|Tel Aviv/特拉维夫
SGP|Singapore|新加坡|Asia|3|SGD|Singapore/新加坡
MYS|Malaysia|马来西亚|Asia|1|MYR|Kuala Lumpur/吉隆坡
THA|Thailand|泰国|Asia|2|THB|Bangkok/曼谷
VNM|Vietnam|越南|Asia|1|USD|Hanoi/河内;Ho Chi Minh City/胡志明市
IDN|Indonesia|印度尼西亚|Asia|1|USD|Jakarta/雅加达
LAO|Laos|老挝|Asia|1|USD|Vientiane/万象
KHM|Cambodia|柬埔寨|Asia|1|USD|Phnom Penh/金边
IND|India|印度|Asia|2|INR|Bengaluru/班加罗尔;New Delhi/新德里
PAK|Pakistan|巴基斯坦|Asia|1|USD|Islamabad/伊斯兰堡
KAZ|Kazakhstan|哈萨克斯坦|Asia|1|USD|Almaty/阿拉木图;Astana/阿斯塔纳
ARE|United Arab Emirates|阿联酋|Asia|1|USD|Dubai/迪拜
EGY|Egypt|埃及|Africa|1|USD|Cairo/开罗
ZAF|South Africa|南非|Africa|1|ZAR|Johannesburg/约翰内斯堡;Cape Town/开普敦
KEN|Kenya|肯尼亚|Africa|1|USD|Nairobi/内罗毕
NGA|Nigeria|尼日利亚|Africa|1|USD|Lagos/拉各斯
BRA|Brazil|巴西|Americas|1|BRL|São Paulo/圣保罗
ARG|Argentina|阿根廷|Americas|1|USD|Buenos Aires/布宜诺斯艾利斯
MEX|Mexico|墨西哥|Americas|1|MXN|Mexico City/墨西哥城
CAN|Canada|加拿大|Americas|3|CAD|Toronto/多伦多;Vancouver/温哥华;Montreal/蒙特利尔
AUS|Australia|澳大利亚|Oceania|3|AUD|Sydney/悉尼;Melbourne/墨尔本;Brisbane/布里斯班
NZL|New Zealand|新西兰|Oceania|1|NZD|Auckland/奥克兰
HKG|Hong Kong|中国香港|Asia|3|HKD|Hong Kong/香港
MAC|Macao|中国澳门|Asia|1|MOP|Macau/澳门"""


@dataclass(frozen=True)
class Place:
    city: str
    city_zh: str
    province_code: str | None
    province: str | None
    province_zh: str | None
    country_code: str
    country: str
    country_zh: str
    region: str
    currency: str


def _parse_world() -> tuple[list[Place], list[float], list[Place], list[float]]:
    cn, cn_w = [], []
    for line in _CN_PROVINCES.splitlines():
        code, prov, prov_zh, pop, cities = line.split("|")
        items = cities.split(";")
        for i, c in enumerate(items):
            en, zh = c.split("/")
            cn.append(Place(en, zh, f"CN-{code}", prov, prov_zh, "CHN", "China", "中国", "Asia",
                            "CNY"))
            # the first city of a province hosts most of its events
            cn_w.append(float(pop) * (0.6 if i == 0 else 0.4 / max(1, len(items) - 1))
                        if len(items) > 1 else float(pop))
    fo, fo_w = [], []
    for line in _COUNTRIES.splitlines():
        iso, name, name_zh, region, weight, cur, cities = line.split("|")
        items = cities.split(";")
        for c in items:
            parts = c.split("/")
            sub = parts[2] if len(parts) > 2 else None
            fo.append(Place(parts[0], parts[1], sub, None, None, iso, name, name_zh, region, cur))
            fo_w.append(float(weight) / len(items))
    return cn, cn_w, fo, fo_w


CN_PLACES, CN_WEIGHTS, FOREIGN_PLACES, FOREIGN_WEIGHTS = _parse_world()
PARTNER_PLACES = [p for p in FOREIGN_PLACES if p.country_code not in ("HKG", "MAC")]
SHORT_COUNTRY = {"United States": "US", "United Kingdom": "UK", "South Korea": "Korea",
                 "United Arab Emirates": "UAE"}


@dataclass(frozen=True)
class Org:
    name: str
    name_zh: str | None
    acronym: str | None
    org_type: str
    country_code: str | None


# Generic national bodies used when no organisation reference table exists.
_BUILTIN_ORGS = """\
Ministry of Science and Technology|科学技术部|MOST|government|CHN
Ministry of Education|教育部|MOE|government|CHN
Chinese Academy of Sciences|中国科学院|CAS|research_institute|CHN
Chinese Academy of Engineering|中国工程院|CAE|research_institute|CHN
China Association for Science and Technology|中国科学技术协会|CAST|association|CHN
China Technology Market Association|中国技术市场协会|CTMA|association|CHN
Tsinghua University|清华大学||university|CHN
Peking University|北京大学|PKU|university|CHN
Zhejiang University|浙江大学|ZJU|university|CHN
Fudan University|复旦大学||university|CHN
Wuhan University|武汉大学|WHU|university|CHN
Sichuan University|四川大学|SCU|university|CHN
Harbin Institute of Technology|哈尔滨工业大学|HIT|university|CHN
Fraunhofer Society|弗劳恩霍夫协会||research_institute|DEU
Max Planck Society|马克斯·普朗克学会||research_institute|DEU
University of Cambridge|剑桥大学||university|GBR
University of Oxford|牛津大学||university|GBR
Massachusetts Institute of Technology|麻省理工学院|MIT|university|USA
Stanford University|斯坦福大学||university|USA
World Intellectual Property Organization|世界知识产权组织|WIPO|international_org|
United Nations Industrial Development Organization|联合国工业发展组织|UNIDO|international_org|
Association of University Technology Managers|美国大学技术经理人协会|AUTM|association|USA"""

# Local bodies composed per city: English pattern, Chinese pattern, type.
_LOCAL_ORGS = (
    ("{p} Provincial Department of Science and Technology", "{pz}科学技术厅", "government"),
    ("{c} Municipal Science and Technology Bureau", "{cz}市科学技术局", "government"),
    ("{c} Municipal People's Government", "{cz}市人民政府", "government"),
    ("{c} Technology Transfer Center", "{cz}技术转移中心", "intermediary"),
    ("{c} Technology Exchange Market", "{cz}技术交易市场", "intermediary"),
    ("{c} High-tech Industrial Development Zone", "{cz}高新技术产业开发区", "park"),
    ("{c} Academy of Sciences", "{cz}科学院", "research_institute"),
    ("{c} Association for Science and Technology", "{cz}市科学技术协会", "association"),
    ("{c} Innovation Investment Group Co., Ltd.", "{cz}创新投资集团有限公司", "enterprise"),
    ("{c} First People's Hospital", "{cz}市第一人民医院", "hospital"),
)
_FOREIGN_ORGS = (
    ("{c} Technology Transfer Office", "{cz}技术转移办公室", "intermediary"),
    ("{c} Chamber of Commerce", "{cz}商会", "association"),
    ("{c} Innovation Agency", "{cz}创新署", "government"),
    ("{c} Institute of Technology", "{cz}理工学院", "university"),
)


def _reference_orgs() -> list[Org]:
    try:
        rows = reference.read_csv("organizations.csv")
    except (OSError, ValueError):
        return []
    out = []
    for r in rows:
        name = r.get("name") or r.get("name_en") or ""
        if not name or r.get("org_type", "") == "":
            continue
        out.append(Org(name, r.get("name_zh") or None, r.get("acronym") or None,
                       r["org_type"], r.get("country_code") or None))
    return out


def _org_pools() -> tuple[list[Org], list[Org]]:
    """(national and reference organisations, builtin ones) — the first may be empty."""
    builtin = []
    for line in _BUILTIN_ORGS.splitlines():
        name, zh, acr, typ, cc = line.split("|")
        builtin.append(Org(name, zh, acr or None, typ, cc or None))
    return _reference_orgs(), builtin


REF_ORGS, BUILTIN_ORGS = _org_pools()


def local_org(rng: random.Random, place: Place) -> Org:
    """An organisation named after the event's city (a government, centre, park …)."""
    if place.country_code == "CHN":
        en, zh, typ = rng.choice(_LOCAL_ORGS)
        prov = place.province or place.city
        prov_zh = place.province_zh or place.city_zh
        if en.startswith("{p} Provincial") and prov_zh.endswith("市"):
            # municipalities (Beijing, Shanghai …) have a commission, not a provincial department
            en, zh = "{c} Municipal Science and Technology Commission", "{cz}市科学技术委员会"
        return Org(en.format(p=prov, c=place.city), zh.format(pz=prov_zh, cz=place.city_zh),
                   None, typ, "CHN")
    en, zh, typ = rng.choice(_FOREIGN_ORGS)
    return Org(en.format(c=place.city), zh.format(cz=place.city_zh), None, typ,
               place.country_code)


def pick_org(rng: random.Random, place: Place | None) -> Org:
    if place is not None and rng.random() < 0.5:
        return local_org(rng, place)
    pool = REF_ORGS if REF_ORGS and rng.random() < 0.7 else BUILTIN_ORGS
    return rng.choice(pool)


# Event kinds: type → (English names, Chinese names); the zh name ends the event's title.
EVENT_KINDS = {
    "forum": (("Technology Transfer Forum", "Innovation Cooperation Forum",
               "Forum on Industry-University-Research Cooperation"),
              ("技术转移论坛", "创新合作论坛", "产学研合作论坛")),
    "conference": (("Technology Transfer Conference", "International Conference on Technology "
                    "Commercialization"), ("技术转移大会", "科技成果转化大会")),
    "summit": (("Technology Managers Summit", "Innovation Summit"), ("技术经理人峰会", "创新峰会")),
    "training": (("Technology Transfer Training Course", "Training Program for Technology "
                  "Managers"), ("技术转移培训班", "技术经理人培训班")),
    "meeting": (("Technology Matchmaking Meeting", "Roundtable Meeting on Sci-Tech Achievement "
                 "Transformation"), ("技术对接会", "科技成果转化座谈会")),
    "fair": (("Technology Fair", "International Technology Expo", "Sci-Tech Achievements Fair"),
             ("技术交易会", "国际技术博览会", "科技成果交易会")),
    "signing": (("Signing Ceremony for Technology Cooperation Projects",),
                ("科技合作项目签约仪式",)),
    "competition": (("Innovation and Entrepreneurship Competition",), ("创新创业大赛",)),
    "other": (("Technology Transfer Open Day",), ("科技成果开放日",)),
}
THEMES = (("Biomedicine", "生物医药"), ("New Materials", "新材料"), ("New Energy", "新能源"),
          ("Artificial Intelligence", "人工智能"), ("Advanced Manufacturing", "先进制造"),
          ("Modern Agriculture", "现代农业"), ("Marine Technology", "海洋科技"),
          ("Digital Economy", "数字经济"), ("Green and Low-Carbon Technology", "绿色低碳技术"),
          ("Integrated Circuits", "集成电路"))
EVENT_WEIGHTS = {"forum": 22, "conference": 15, "summit": 8, "training": 12, "meeting": 12,
                 "fair": 12, "signing": 8, "competition": 8, "other": 3}
EN_NOUN = {"forum": "forum", "conference": "conference", "summit": "summit",
           "training": "training", "meeting": "meeting", "fair": "fair",
           "signing": "ceremony", "competition": "competition", "other": "open day"}
ZH_NOUN = {"forum": "论坛", "conference": "大会", "summit": "峰会", "training": "培训",
           "meeting": "会议", "fair": "交易会", "signing": "签约仪式", "competition": "大赛",
           "other": "开放日活动"}

_ORD = {1: "st", 2: "nd", 3: "rd"}
_ZH_NUM = "一二三四五六七八九十"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _ORD.get(n % 10, 'th')}"


def zh_ordinal(n: int) -> str:
    if n <= 10:
        return _ZH_NUM[n - 1]
    if n < 20:
        return "十" + _ZH_NUM[n - 11]
    return _ZH_NUM[n // 10 - 1] + "十" + (_ZH_NUM[n % 10 - 1] if n % 10 else "")
