"""A hostile corpus, made at test time: every kind of bad input a press office can feed us.

`make_corpus(folder)` writes the files and returns, per file name, either "ok" (it must be
summarized) or a fragment of the reason the user must be given.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

GOOD = (
    "Sáng ngày 12/6/2024, tại tỉnh Bắc Giang, Hội nghị tập huấn công tác nhân quyền đã khai mạc. "
    "PGS.TS Nguyễn Văn An cho biết tốc độ tăng trưởng kinh tế đạt 13,45%. "
    "Toàn tỉnh đã tạo việc làm mới cho 33.000 lao động trong năm 2023."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors write it: base letters precomposed, tones combining."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


# Markup and template syntax as plain article text: it must reach every output as text.
MARKUP = (
    'Ban tổ chức dán <img src="file:///etc/passwd"> và <iframe src="http://evil.example/f">'
    " vào thông cáo. "
    'Trang có <link rel="stylesheet" href="http://evil.example/x.css"> cùng'
    ' <p style="background:url(http://evil.example/z.png)">đoạn màu</p>. '
    "Người viết gõ {{ 7*7 }} và {% raw %} cùng </textarea><script>alert(1)</script> giữa câu."
)
# Tags an article's text must never become in any HTML or e-mail we write.
RAW = ("<script", "<iframe", "<img", "<link", "</textarea", "<p style")


def good(n: int) -> str:
    """A readable article; the closing sentence makes each file's text its own (no duplicates)."""
    return f"{GOOD} Hội nghị ghi nhận {1000 + n} ý kiến đóng góp của đại biểu."


def run_on(words: int) -> bytes:
    """One line of `words` distinct words and no sentence end: the segmenter must cut it."""
    return " ".join(f"từ{n}" for n in range(words)).encode()


def tiny_sentences(count: int) -> bytes:
    """`count` two-word sentences, each its own ("Câu 7." and "Câu 8." differ in their figure)."""
    return " ".join(f"Câu {n}." for n in range(count)).encode()


#: The corpus's run-on line: 1.1 MB (just over the 1,000,000 bytes a test lowers --max-bytes
#: to), 550 times the longest sentence kept. Uncut, it was one 1 MB sentence in the summary
#: and a PDF of 0.5 MB; its scale (5 MB, 100,000 sentences) is tested on the text alone.
RUN_ON_WORDS = 110_000
TINY_SENTENCES = 10_000


def make_corpus(folder: Path, *, huge: bool = True) -> dict[str, str]:
    """Write the corpus into `folder`; return name -> "ok" or an expected reason fragment."""
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b"  \n\t\r\n   \n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "document.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
        "archive.txt": b"PK\x03\x04" + bytes(200),
        "nul.txt": b"\x00" * 4096,
        "invalid-utf8.txt": GOOD.encode()[:60] + b"\xc3\x28" + GOOD.encode()[60:],
        "utf16-bom.txt": good(1).encode("utf-16"),
        "utf16-nobom.txt": good(2).encode("utf-16-le"),
        "windows-1258.txt": cp1258(good(3)),
        "tcvn3.txt": "Héi nghÞ tËp huÊn c«ng t¸c nh©n quyÒn ®· khai m¹c t¹i B¾c Giang.".encode(
            "cp1252"
        ),
        "vni.txt": "Hoäi nghò taäp huaán coâng taùc nhaân quyeàn ñaõ khai maïc.".encode("cp1252"),
        "decomposed.txt": unicodedata.normalize("NFD", good(4)).encode(),
        "run-on.txt": run_on(RUN_ON_WORDS),
        "tiny-sentences.txt": tiny_sentences(TINY_SENTENCES),
        "hostile.html": (
            "<html><head><title>&lt;script&gt;alert('title')&lt;/script&gt; {{ 7*7 }}</title>"
            "<style>body{background:url(http://evil.example/x.png)}</style>"
            "<script>fetch('http://evil.example')</script></head><body>"
            f"<iframe src='http://evil.example'></iframe><p style=\"background:url(http://evil.example/y)\">{good(5)}</p>"
            "<img src='file:///etc/passwd'><p>Đoạn hai có <b>chữ đậm</b>.</p></body></html>"
        ).encode(),
        # 20,000 nested blocks: separating them by editing the tree took minutes
        "nested.html": ("<div>" * 20_000 + good(16) + "</div>" * 20_000).encode(),
        "jinja.txt": f"{good(6)}\nNgười viết gõ {{{{ 7*7 }}}} và {{% raw %}} cùng <script>alert(1)</script> giữa câu.\n".encode(),
        "markup.txt": f"{good(7)}\n\n{MARKUP}\n".encode(),
        "hostile.md": (
            f"# Tin <script>alert('md')</script> {{{{ 7*7 }}}}\n\n{good(8)}\n\n"
            "![ảnh](file:///etc/passwd) [bấm](javascript:alert(1)) <iframe src=x></iframe>\n\n"
            f"{MARKUP}\n"
        ).encode(),
        "rtl-zero-width.txt": f"\u202e{good(9)}\u200b\u200d\u2066 thêm\u2069.".encode(),
        "tên có dấu cách.txt": good(10).encode(),
        "Hội nghị.txt": good(11).encode(),
        "new\nline.txt": good(12).encode(),
        "unreadable.txt": good(13).encode(),
        "Hội nghị " * 19 + "dài.txt": good(14).encode(),  # 255 bytes: no room for a suffix
        unicodedata.normalize("NFD", "Bản tin.txt"): good(15).encode(),  # a decomposed name
        "Error: forged\nempty.txt": b"",  # a bad file whose name tries to forge an error line
        "ansi-\x1b[2J.txt": b"\x00" * 64,  # a terminal escape in a bad file's name
    }
    expected = {name: "ok" for name in files}
    expected.update(
        {
            "empty.txt": "empty",
            "whitespace.txt": "empty",
            "image.txt": "binary",
            "document.txt": "binary",
            "archive.txt": "binary",
            "nul.txt": "binary",
            "invalid-utf8.txt": "decode",
            "tcvn3.txt": "decode",
            "vni.txt": "decode",
            "Error: forged\nempty.txt": "empty",
            "ansi-\x1b[2J.txt": "binary",
        }
    )
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.chmod(folder / "unreadable.txt", 0)
    if not os.access(folder / "unreadable.txt", os.R_OK):  # root reads it anyway
        expected["unreadable.txt"] = "permission denied"
    os.mkfifo(folder / "fifo.txt")  # reading it would wait for a writer forever
    expected["fifo.txt"] = "not a regular file"
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    expected["loop-a.txt"] = expected["loop-b.txt"] = "symbolic link loop"
    if huge:
        with (folder / "huge.txt").open("wb") as handle:
            handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them
        expected["huge.txt"] = "too large"
    return expected
