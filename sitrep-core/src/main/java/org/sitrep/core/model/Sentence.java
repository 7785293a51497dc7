package org.sitrep.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence with its tokens and, when the cascade chose to parse it, its dependency arcs. Unparsed sentences
 * (no candidate cue or trigger) have {@code parsed == false} and no arcs; stages must not expect arcs there.
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Arcs whose governor is {@code token}. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) if (d.governor() == token) out.add(d);
    return out;
  }

  /** The arc that attaches {@code token} to its governor, or null (unparsed or not found). */
  public Dependency head(int token) {
    for (Dependency d : dependencies) if (d.dependent() == token) return d;
    return null;
  }

  /** Token indices of the subtree rooted at {@code token}, sorted. */
  public List<Integer> subtree(int token) {
    // Children indexed once per call and a visited set: a walk scanning every arc for every node took minutes on
    // a sentence of thousands of tokens. The visited set also guards against a malformed (cyclic) parse.
    Map<Integer, List<Integer>> children = new HashMap<>();
    for (Dependency d : dependencies) children.computeIfAbsent(d.governor(), g -> new ArrayList<>()).add(d.dependent());
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(token);
    while (!todo.isEmpty()) {
      int t = todo.pop();
      if (seen.add(t)) for (int c : children.getOrDefault(t, List.of())) todo.push(c);
    }
    List<Integer> out = new ArrayList<>(seen);
    out.sort(Integer::compare);
    return out;
  }

  /** The span from the start of token {@code from} to the end of token {@code to}, inclusive. */
  public Span spanOf(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  /** The sentence of {@code sentences} that holds {@code span} (an event's trigger, a statement's cue), or null. */
  public static Sentence containing(List<Sentence> sentences, Span span) {
    for (Sentence s : sentences) if (s.span().contains(span)) return s;
    return null;
  }

  /** The index of the token whose span contains {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) if (t.span().start() <= offset && offset < t.span().end()) return t.index();
    return -1;
  }
}
