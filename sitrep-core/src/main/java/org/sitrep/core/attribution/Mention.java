package org.sitrep.core.attribution;

import org.sitrep.core.model.Span;

/**
 * A speaker or target mention inside one sentence: the whole noun phrase ({@code span}, e.g. "Ukraine's defence
 * chief, Oleksiy Reznikov"), the token the phrase hangs on ({@code head}), the token of the name within it
 * ({@code name}, the head when there is no apposition) and the title words found around the name (nullable).
 */
record Mention(int sentence, Span span, int head, int name, String role) {}
