"""Chinese numerals as numbers: a numeral cn2an cannot read is no number, never an error."""
import pytest

from etl.extract.numerals import cn_numeral


@pytest.mark.parametrize("numeral, value", [("五千万", 5e7), ("两亿", 2e8), ("千", 1e3),
                                            ("一百", 100.0), ("三億", 3e8)])
def test_a_chinese_numeral_reads_as_its_number(numeral, value):
    assert cn_numeral(numeral) == value


@pytest.mark.parametrize("numeral", ["一亿零", "零六十八万五十9", "万万", "", "点点"])
def test_a_numeral_cn2an_cannot_read_is_none(numeral):
    assert cn_numeral(numeral) is None
