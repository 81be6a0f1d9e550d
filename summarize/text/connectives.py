"""Words that open a sentence by linking it to the one before ("Sau đó, …", "Tuy nhiên, …").

ranking/standalone.py keeps a sentence that opens with one next to its antecedent; segment.py
drops one that opens an article, where it links to nothing. Lower-cased, tones folded, one space
between syllables (words.syllables' form).
"""

from __future__ import annotations

CONNECTIVES = frozenset(
    (
        "qua đó", "do đó", "do vậy", "vì vậy", "vì thế", "chính vì vậy", "chính vì thế", "bởi vậy",
        "theo đó", "từ đó", "như vậy", "ngoài ra", "bên cạnh đó", "đồng thời", "tuy nhiên",
        "trong đó", "mặt khác", "cũng theo", "sau đó", "trước đó", "tiếp đó", "ngay sau đó",
        "trong khi đó", "khi đó", "lúc đó", "tuy vậy", "nhưng", "song", "hơn nữa", "thêm vào đó",
        "cùng với đó", "không những thế", "vậy nên", "kết quả là", "tại đây", "ở đây", "đến đó",
        "từ đây", "cùng ngày", "cũng trong", "cũng tại", "còn", "và",
    )
)  # fmt: skip
