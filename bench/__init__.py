"""The benchmarks: summary quality on every input shape, grouping, segmentation, speed, training.

Run from the project root as modules (`python -m bench.quality`, `python -m bench.train_ranker`);
`bench.corpora` is the one place that knows where the development data lives (../shared/data).
"""
