package org.sitrep.cli;

import org.sitrep.core.model.Article;

/**
 * One input unit before extraction: where it came from ("articles.jsonl:12") and either the raw JSON line or, for a
 * .txt file, the ready article.
 */
record InputRecord(String where, String jsonLine, Article article) {}
