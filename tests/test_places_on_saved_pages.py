"""The event's place on real saved pages (../shared/data/pages): a place named only in a stock
exchange's name (P-exchange: vietnamnet's FLC page, "niêm yết trên Sở Giao dịch Chứng khoán
TPHCM") or in the addresses of fined people (P-address-label: baodautu's "(địa chỉ: …, Tỉnh
Thanh Hóa)") is no venue; a crash's "tại vòng xoay …, quận 3, TPHCM" still is."""

from __future__ import annotations

import pytest

from bench.corpora import DATA
from summarize.briefing.venue import section_place
from summarize.pipeline import Options, read_articles

PAGES = DATA / "pages"


@pytest.mark.parametrize(
    ("page", "place"),
    [
        ("vietnamnet_co-phieu-flc.html", None),
        ("baodautu_xu-phat-giam-doc-tai-chinh-tien-son.html", None),
        ("dantri_camry-tong-4-xe-may.html", "TP. Hồ Chí Minh"),
    ],
)
def test_a_pages_place_is_where_its_event_happened(page: str, place: str | None) -> None:
    articles, failed, _ = read_articles([PAGES / page], Options())
    assert not failed
    assert section_place(articles) == place
