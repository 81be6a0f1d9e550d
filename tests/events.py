"""Short made-up news articles on two events, written for the grouping tests (issue 12).

VISIT: six articles on one visit abroad; two of them name the Pacific Ocean ("Thái Bình Dương")
and one a company with "Hà Nội" in its name, none of which is a Vietnamese province or city.
FAIR: three articles on a trade fair in Quảng Ninh. Each text is a title line, a blank line, a body.
"""

from __future__ import annotations

VISIT = (
    "Thủ tướng lên đường thăm chính thức Nhật Bản\n\n"
    "Sáng 12/9/2024, Thủ tướng Chính phủ cùng đoàn đại biểu cấp cao Việt Nam rời Hà Nội, lên "
    "đường thăm chính thức Nhật Bản theo lời mời của Thủ tướng Nhật Bản. Chuyến thăm diễn ra từ "
    "ngày 12 đến 14/9/2024. Đây là chuyến thăm Nhật Bản đầu tiên của Thủ tướng kể từ khi hai nước "
    "nâng quan hệ lên Đối tác chiến lược toàn diện. Trong chuyến thăm, Thủ tướng sẽ hội đàm với "
    "Thủ tướng Nhật Bản, gặp lãnh đạo Quốc hội Nhật Bản và các tập đoàn lớn.",
    "Lễ đón chính thức Thủ tướng Việt Nam tại Tokyo\n\n"
    "Chiều 12/9/2024, Thủ tướng Nhật Bản chủ trì lễ đón chính thức Thủ tướng Việt Nam tại Văn "
    "phòng Thủ tướng ở Tokyo. Sau lễ đón, hai Thủ tướng hội đàm về hợp tác kinh tế, đầu tư, lao "
    "động và chuyển đổi số. Thủ tướng Nhật Bản khẳng định Nhật Bản coi trọng quan hệ Đối tác "
    "chiến lược toàn diện với Việt Nam. Hai Thủ tướng nhất trí thúc đẩy các dự án vốn vay ODA "
    "thế hệ mới của Nhật Bản.",
    "Việt Nam và Nhật Bản ký 10 văn kiện hợp tác\n\n"
    "Ngay sau hội đàm ở Tokyo chiều 12/9/2024, Thủ tướng Việt Nam và Thủ tướng Nhật Bản chứng "
    "kiến lễ trao 10 văn kiện hợp tác về năng lượng, chuyển đổi số, y tế và đào tạo nhân lực. "
    "Hai Thủ tướng nhất trí phối hợp chặt chẽ tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình "
    "Dương (APEC) và trong Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương. Nhật "
    "Bản tiếp tục là đối tác ODA lớn nhất của Việt Nam.",
    "Thủ tướng gặp cộng đồng người Việt Nam tại Nhật Bản\n\n"
    "Tối 12/9/2024, trong chuyến thăm chính thức Nhật Bản, Thủ tướng đã gặp gỡ hơn 500 đại diện "
    "cộng đồng người Việt Nam đang sinh sống, học tập và làm việc tại Nhật Bản. Thủ tướng cho "
    "biết cộng đồng người Việt ở Nhật Bản đã tăng lên hơn 520.000 người. Thủ tướng đề nghị bà con "
    "tiếp tục làm cầu nối cho quan hệ Đối tác chiến lược toàn diện giữa Việt Nam và Nhật Bản.",
    "Thủ tướng tiếp lãnh đạo các tập đoàn lớn của Nhật Bản\n\n"
    "Sáng 13/9/2024, tiếp tục chuyến thăm chính thức Nhật Bản, Thủ tướng đã tiếp lãnh đạo các "
    "tập đoàn lớn của Nhật Bản ở Tokyo. Thủ tướng đề nghị các tập đoàn Nhật Bản mở rộng đầu tư "
    "vào bán dẫn, năng lượng sạch và hạ tầng. Nhân dịp này, Công ty cổ phần Bia Hà Nội và một "
    "tập đoàn Nhật Bản đã ký thỏa thuận hợp tác về công nghệ. Lãnh đạo các tập đoàn Nhật Bản "
    "cho biết sẽ tăng vốn đầu tư vào Việt Nam trong năm 2025.",
    "Kết thúc tốt đẹp chuyến thăm chính thức Nhật Bản\n\n"
    "Chiều 14/9/2024, Thủ tướng và đoàn đại biểu cấp cao Việt Nam rời Tokyo, kết thúc tốt đẹp "
    "chuyến thăm chính thức Nhật Bản. Trong ba ngày thăm, Thủ tướng đã hội đàm với Thủ tướng "
    "Nhật Bản, chứng kiến lễ trao 10 văn kiện hợp tác và tiếp lãnh đạo các tập đoàn Nhật Bản. "
    "Chuyến thăm góp phần làm sâu sắc quan hệ Đối tác chiến lược toàn diện vì hòa bình và thịnh "
    "vượng ở châu Á - Thái Bình Dương.",
)

FAIR = (
    "Quảng Ninh: Khai mạc Hội chợ OCOP 2024\n\n"
    "Sáng 20/10/2024, tại thành phố Hạ Long, tỉnh Quảng Ninh khai mạc Hội chợ OCOP Quảng Ninh "
    "2024 với 300 gian hàng. Hội chợ giới thiệu các sản phẩm OCOP như chả mực Hạ Long, trà hoa "
    "vàng Ba Chẽ và rượu ba kích. Hội chợ kéo dài đến ngày 26/10/2024.",
    "300 gian hàng tham gia Hội chợ OCOP Quảng Ninh\n\n"
    "Hội chợ OCOP Quảng Ninh 2024 có 300 gian hàng của các hợp tác xã và doanh nghiệp trong tỉnh "
    "Quảng Ninh. Chả mực Hạ Long và trà hoa vàng Ba Chẽ là những sản phẩm OCOP bán chạy nhất. "
    "Ban tổ chức dự kiến hội chợ đón 100.000 lượt khách.",
    "Hội chợ OCOP Quảng Ninh bế mạc, doanh thu 30 tỷ đồng\n\n"
    "Chiều 26/10/2024, Hội chợ OCOP Quảng Ninh 2024 bế mạc tại thành phố Hạ Long sau bảy ngày. "
    "Các gian hàng sản phẩm OCOP đạt doanh thu 30 tỷ đồng, chả mực Hạ Long bán hết từ ngày thứ "
    "năm. Hội chợ đón 120.000 lượt khách, vượt kế hoạch của tỉnh Quảng Ninh.",
)
