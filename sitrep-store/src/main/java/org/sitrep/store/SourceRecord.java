package org.sitrep.store;

import org.sitrep.core.model.Article;

/**
 * One input unit before extraction: where it came from ("articles.jsonl:12", "folder/report.txt") and either the raw
 * JSON text of the record or, for a .txt file, the ready article.
 */
public record SourceRecord(String where, String json, Article article) {}
