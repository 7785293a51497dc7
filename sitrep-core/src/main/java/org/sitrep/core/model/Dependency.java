package org.sitrep.core.model;

/**
 * One arc of a Universal Dependencies parse: token indices within the sentence, {@code governor} -1 for the root.
 * {@code relation} is the UD relation with its subtype, e.g. "nsubj", "obl:tmod", "ccomp".
 */
public record Dependency(int governor, int dependent, String relation) {}
