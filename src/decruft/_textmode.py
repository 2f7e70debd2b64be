"""Text-scrape mode (placeholder, replaced below)."""
