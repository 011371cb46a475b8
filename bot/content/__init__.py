"""Everything that reads knowledge/: articles, the article card, self-check definitions,
validation (`knowledge check`) and scaffolding (`knowledge new`)."""
