"""Sentences the ingest tests read in several encodings and formats."""
ZH = "2024年4月18日，粤港澳大湾区技术转移大会在广州开幕，约六百名代表参加。"
ZH_TRAD = "香港科技園舉辦技術轉移論壇，逾二百位業界代表出席，探討知識產權商品化。"
EN = "The Baltic Technology Transfer Forum opened in Tallinn on 3 June 2019."
