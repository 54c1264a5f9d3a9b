"""summariser: typed, grounded summaries of political and diplomatic documents."""
