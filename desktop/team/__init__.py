"""The team server and the laptops' replication (DESIGN 3, "Team server and offline
laptops"). No Qt here: the window's worker lives in desktop/views/team."""
