"""A body's name is kept whole and alone: the holder a position names after it is no part of it
(rule X1), and the crimes a police unit fights are (rule X2); stop 43. A holder's name read the
Sino-Vietnamese way after a country is no part either (S1), the people a body serves abroad are
(U1), and the managing agency in general is no body (C1); a faculty named with its university
after a dash is one body (K1); stop 44."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # X1: a foreign holder after the body's lower-case words
        ("Chủ tịch Ủy ban Olympic quốc tế Thomas Bach là một trong những người đầu tiên đến Sochi.",
         "Ủy ban Olympic quốc tế"),
        ("Chủ tịch Ủy ban Olympic Quốc tế Thomas Bach phát biểu.", "Ủy ban Olympic Quốc tế"),
        # X2: the crimes fought, after a branch's acronym or its capitalised words
        ("Ngày 1/7, Phòng CSĐT tội phạm về ma tuý (PC 04) cho biết đã bắt giữ hai đối tượng.",
         "Phòng CSĐT tội phạm về ma tuý"),
        ("Cục Cảnh sát Điều tra tội phạm về trật tự xã hội đã vào cuộc.",
         "Cục Cảnh sát Điều tra tội phạm về trật tự xã hội"),
    ],
)  # fmt: skip
def test_a_body_is_named_whole_and_alone(sentence: str, body: str) -> None:
    assert extract_organisations([sentence]) == (body,)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # a foreign name before any capital of the body's own is the body's
        ("Giám đốc Công ty chứng khoán Morgan Stanley cho biết.", "Công ty chứng khoán Morgan Stanley"),
        # no position before the body: nothing tells a holder
        ("Nhóm nghiên cứu Viện Hàn lâm quốc tế Stockholm Resilience công bố.",
         "Viện Hàn lâm quốc tế Stockholm Resilience"),
        # after an acronym, a verb still ends the name
        ("Phòng CSHS thu giữ tang vật.", "Phòng CSHS"),
    ],
)  # fmt: skip
def test_names_that_stay_as_they_were(sentence: str, body: str) -> None:
    assert body in extract_organisations([sentence])


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        # S1: the spokeswoman after the country, in her position
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Doanh cho biết Bắc Kinh phản đối.",
         ("Bộ Ngoại giao Trung Quốc",)),
        ("Phát ngôn viên Bộ Ngoại giao Trung Quốc Hồng Lỗi nói.", ("Bộ Ngoại giao Trung Quốc",)),
        # S1: a brand's foreign spelling after a country stays the body's
        ("Giám đốc Ngân hàng Mỹ Wells Fargo nói.", ("Ngân hàng Mỹ Wells Fargo",)),
        # U1: the people the committee serves are abroad
        ("Ông Nguyễn Thanh Sơn, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, cho biết.",
         ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài",)),
        # K1: the faculty and its university, one body
        ("Từ năm 2007, Khoa Y dược – Đại học Đà Nẵng đã phối hợp với ĐH Y dược TPHCM tuyển sinh.",
         ("Khoa Y dược – Đại học Đà Nẵng", "ĐH Y dược TPHCM")),
        # C1: the Vietnamese side's managing agency, in general
        ("Cơ quan chủ quản phía Việt Nam sẽ làm việc với đối tác.", ()),
    ],
)  # fmt: skip
def test_holders_after_a_country_and_bodies_serving_abroad(
    sentence: str, bodies: tuple[str, ...]
) -> None:
    assert extract_organisations([sentence]) == bodies
