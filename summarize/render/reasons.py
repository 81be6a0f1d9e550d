"""Why a file was not read, said in Vietnamese on the Vietnamese briefing and page.

The library's reasons are English (the command line's `Error: <file>: <reason>` lines,
errors.jsonl): the page's box "Không đọc được 2 tệp" listed "empty file" and "cannot read this
Word (.docx) file: damaged or not Word (.docx)" under a Vietnamese heading. A reason no rule here
knows is said by its kind, the library's words kept after it; one of no known kind (the page's
own refusals, already Vietnamese) is left as it is.
"""

from __future__ import annotations

import re

from ..errors import ErrorKind

# (the library's reason, in full; what the briefing says): groups are carried over.
_SAID: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), said)
    for pattern, said in (
        (r"cannot read this (.+?) file: damaged or not .+", "tệp {0} bị hỏng hoặc không phải {0}"),
        (r"cannot read this (PDF) file: its pages' content is damaged", "tệp {0} bị hỏng"),
        (r"cannot read this (.+?) file: damaged", "tệp {0} bị hỏng"),
        (r"an encrypted PDF: save it without a password",
         "PDF có mật khẩu: hãy lưu lại không mật khẩu"),
        (r"empty file|empty: only whitespace", "tệp trống"),
        (r"empty: no text in (?:this file|the message or its attachments)", "tệp không có chữ"),
        (r"empty: its pages hold no text and draw nothing", "các trang của tệp không có chữ"),
        (r"binary data \(.+\), not text", "không phải văn bản"),
        (r"too large: ([\d,]+) bytes, the limit is ([\d,]+).*",
         "quá lớn: {0} byte, tối đa {1} byte"),
        (r"the server answered HTTP (\d+).*", "máy chủ trả lời lỗi HTTP {0}"),
        (r"no answer within (\S+) s", "máy chủ không trả lời sau {0} giây"),
        (r"not a valid link: (.+)", "đường link không hợp lệ ({0})"),
        (r"cannot read: a folder", "là thư mục, không phải tệp"),
        # a file beside the articles (files.unread_reason): said as the web page says it
        (r"not read: not an article file \(no extension\); articles are (.+)",
         "định dạng không hỗ trợ (không có đuôi); nhận {0}"),
        (r"not read: not an article file \((.+?)\); articles are (.+)",
         "định dạng không hỗ trợ ({0}); nhận {1}"),
        (r"not read: the old Word format \(\.doc\) is not read; save it as \.docx; .+",
         "định dạng Word cũ (.doc) không đọc được: hãy lưu lại thành .docx"),
        (r"not read: a spreadsheet, not an article; .+", "bảng tính, không phải bài báo"),
        (r"not read: a presentation, not an article; .+", "bản trình chiếu, không phải bài báo"),
        (r"not read: its name is not UTF-8 text; rename it",
         "tên tệp không phải chữ UTF-8: hãy đổi tên tệp"),
    )
)  # fmt: skip

_KINDS = {
    ErrorKind.EMPTY: "tệp không có chữ",
    ErrorKind.BINARY: "không phải văn bản",
    ErrorKind.ENCODING: "không giải mã được chữ trong tệp",
    ErrorKind.TOO_LARGE: "tệp quá lớn",
    ErrorKind.UNSUPPORTED: "không đọc được loại tệp này",
    ErrorKind.NO_ARTICLES: "không có bài báo nào",
    ErrorKind.INPUT: "không đọc được",
    ErrorKind.CRASHED: "lỗi khi đọc tệp",
    ErrorKind.INTERNAL: "lỗi của chương trình khi đọc tệp",
}


def _digits(group: str) -> str:
    """A byte count "75,000" as Vietnamese writes it, "75.000"; any other group as it is."""
    return group.replace(",", ".") if re.fullmatch(r"[\d,]+", group) else group


def in_vietnamese(reason: str, kind: ErrorKind | None = None) -> str:
    """The reason as the briefing says it: "empty file" -> "tệp trống"; "cannot read this
    Word (.docx) file: damaged or not Word (.docx)" -> "tệp Word (.docx) bị hỏng hoặc không phải
    Word (.docx)"; an unknown reason of a known kind -> "không đọc được — <reason>"."""
    for pattern, said in _SAID:
        found = pattern.fullmatch(reason)
        if found:
            return said.format(*(_digits(g) for g in found.groups()))
    if kind in _KINDS:
        return f"{_KINDS[kind]} — {reason}"
    return reason
