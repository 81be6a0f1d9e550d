"""Articles into conference sections: grouping, places, facts and statistics."""
