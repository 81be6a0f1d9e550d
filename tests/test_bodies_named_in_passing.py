"""Bodies a report names only in passing are no parties (convention O1): a hospital where a
patient is taken or treated (rule H1), a body's parts listed after it and "gồm" (G2), a body named
as an example (E1), a former employer (B2), a local party organisation away from its congress
(O8), the verb "tổ chức" before an event (V1), an honour conferred (T2); stop 43."""

from __future__ import annotations

import pytest

from summarize.briefing.organisations import extract_organisations


@pytest.mark.parametrize(
    "sentence",
    [
        "Anh Huy sau đó được đưa đến bệnh viện Đa khoa tỉnh Đắk Lắk cấp cứu nhưng đã tử vong.",
        "Ông Lộc được đưa vào Bệnh viện Đa khoa huyện Thanh Chương, sau đó chuyển lên Bệnh viện "
        "Chấn thương chỉnh hình tỉnh Nghệ An để điều trị.",
        "Phát hiện sự việc, người thân chuyển ông Lộc tới Bệnh viện Chấn thương chỉnh hình Nghệ An.",
        "Đến tối 3/7, anh Hiền nhập viện tại bệnh viện quận Liên Chiểu.",
        "Nạn nhân được người dân đưa đi cấp cứu tại bệnh viện Đại học Y Hà Nội.",
        "Lực lượng chức năng đã đưa đối tượng đến trung tâm Y tế TP. Móng Cái để điều trị.",
        # rule H2: a later item of the places of treatment, and the hospital moved from
        "Bệnh nhân đã được cấp cứu tích cực tại Trại giam Hoà Sơn, huyện Hoà Vang, TP. Đà Nẵng, "
        "bệnh viện quận Liên Chiểu, trước khi được chuyển đi.",
        "Đơn vị tiếp nhận bệnh nhân từ tuyến trung tâm Y tế quận Liên Chiểu chuyển lên lúc 0h19.",
        # rule L1 (stop 44): where a thing is put
        "Khoa đã tiếp nhận 2 tiêu bản nhân thể về đặt tại BV Đa khoa Đà Nẵng.",
    ],
)
def test_a_hospital_a_patient_is_taken_to_is_no_party(sentence: str) -> None:
    assert extract_organisations([sentence]) == ()


@pytest.mark.parametrize(
    ("sentences", "hospital"),
    [
        # the hospital speaks: listed, whatever else the report says of it
        (["Nạn nhân được chuyển đến Bệnh viện Bạch Mai.", "Bệnh viện Bạch Mai cho biết đã tiếp "
          "nhận bệnh nhân."], "Bệnh viện Bạch Mai"),
        (["Lãnh đạo Bệnh viện E có trách nhiệm phối hợp với cơ quan điều tra."], "Bệnh viện E"),
        # a comma ends the clause that moved the patient
        (["Bệnh nhân được đưa vào, Bệnh viện Chợ Rẫy đã hội chẩn ngay."], "Bệnh viện Chợ Rẫy"),
        # a listed hospital with a verb of its own
        (["Ông A điều trị tại nhà, Bệnh viện Chợ Rẫy cho biết đã cử bác sĩ."], "Bệnh viện Chợ Rẫy"),
    ],
)  # fmt: skip
def test_a_hospital_that_acts_is_still_listed(sentences: list[str], hospital: str) -> None:
    assert hospital in extract_organisations(sentences)


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        # rule G2: a body's parts, listed after it and "gồm"/"bao gồm"
        ("Ông không muốn các con tham gia công việc của ông tại Tập đoàn Alfa – bao gồm Ngân hàng "
         "thương mại tư nhân Alfa, tập đoàn bán lẻ X5 sở hữu chuỗi siêu thị tại Nga.",
         {"Ngân hàng thương mại tư nhân Alfa", "X5"}),
        ("Các tác phẩm sẽ được Hội đồng chấm giải (gồm Ban Sơ khảo và Ban Chung khảo) xem xét.",
         {"Ban Sơ khảo", "Ban Chung khảo"}),
        # rule E1: a body named as an example
        ("Ví dụ như việc một số cán bộ của bệnh viện Hoài Đức có công được khen thưởng là thấp.",
         {"Bệnh viện Hoài Đức"}),
        ("Nhiều vụ bê bối, điển hình là việc lãnh đạo Công ty Liên Kết Việt bị khởi tố.",
         {"Công ty Liên Kết Việt"}),
        ("Như bệnh viện Bạch Mai, các cán bộ nhân viên cũng nói vậy.", {"Bệnh viện Bạch Mai"}),
        # rule B2: a former employer in a person's background
        ("Liu có kinh nghiệm làm việc 12 năm tại ngân hàng Goldman Sachs, bao gồm chức danh Tổng "
         "giám đốc.", {"Ngân hàng Goldman Sachs"}),
        ("Ông từng công tác tại Bộ Ngoại giao trước khi về hưu.", {"Bộ Ngoại giao"}),
        # rule O8: a local party organisation away from its congress
        ("Đồng chí Đinh Thế Huynh biểu dương những kết quả Đảng bộ tỉnh Đắk Lắk đạt được.",
         {"Đảng bộ tỉnh Đắk Lắk"}),
        # rule V1: "tổ chức" before an event's name is the verb
        ("Bộ đã đưa ra phương án không tổ chức thi tốt nghiệp mà sẽ tổ chức Kỳ thi THPT quốc gia.",
         {"Tổ chức Kỳ", "Tổ chức Kỳ thi THPT"}),
        # rule T2: an honour conferred is no body
        ("Tập đoàn Hoa Sen khẳng định vị thế là Công ty Tăng trưởng Toàn cầu thuộc Diễn đàn Kinh tế "
         "Thế giới.", {"Công ty Tăng trưởng Toàn cầu"}),
    ],
)  # fmt: skip
def test_a_body_s_parts_and_examples_are_no_parties(sentence: str, left_out: set[str]) -> None:
    assert not left_out & set(extract_organisations([sentence]))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # a list after anything but a body names the members that act
        ("Huy động các ngành liên quan gồm sở TN & MT, Viện KSND tỉnh Nghệ An tiến hành điều tra.",
         "Viện KSND tỉnh Nghệ An"),
        ("Tổ công tác gồm Công an huyện Hoài Đức và Đội Quản lý thị trường đã kiểm tra.",
         "Công an huyện Hoài Đức"),
        # the example's word stands in another clause
        ("Ví dụ, Bộ Y tế đã yêu cầu các bệnh viện báo cáo.", "Bộ Y tế"),
        ("Như vậy, Bộ Y tế đã yêu cầu các bệnh viện báo cáo.", "Bộ Y tế"),
        # present employment is no background
        ("Một cán bộ đang công tác tại Thanh tra tỉnh Thanh Hoá bị bắt.", "Thanh tra tỉnh Thanh Hoá"),
        # a local party organisation at its own congress
        ("Đại hội Đảng bộ tỉnh Đắk Lắk lần thứ XVI khai mạc sáng nay.", "Đảng bộ tỉnh Đắk Lắk"),
        # "tổ chức" before a name that is no event
        ("Trưởng bộ phận khảo sát lương của tổ chức Talentnet cho biết.", "Tổ chức Talentnet"),
        # a body named after "là" that is no honour
        ("Đơn vị thi công là Công ty Cổ phần Sông Đà.", "Công ty Cổ phần Sông Đà"),
    ],
)  # fmt: skip
def test_members_that_act_and_bodies_after_an_example_s_comma_stay(
    sentence: str, body: str
) -> None:
    assert body in extract_organisations([sentence])
