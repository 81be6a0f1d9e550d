"""Many inputs: folders and cluster files run on worker pools, resumable, exported."""
