package org.sitrep.core.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The loaded, immutable gazetteer: entries and a name index from normalised name keys (see {@link #key}) to the
 * entries bearing that name, each with how it bears it. Built once by {@link GazetteerLoader}, shared by all threads.
 */
final class Gazetteer {
  /** How a name belongs to an entry; resolution trusts main names more than alternates (old or foreign names). */
  enum MatchType {
    MAIN,
    ALTERNATE,
    /** A region's name without its designator ("Belgorod" for "Belgorod Oblast"): usable only as "Belgorod region". */
    REGION_BASE;

    /** {@link #values()} copies its array on every call; lookups decode a match type per candidate. */
    private static final MatchType[] ALL = values();

    static MatchType ofOrdinal(int ordinal) { return ALL[ordinal]; }
  }

  /**
   * An entry found under a name, and how. {@code prior} is its score with no context ({@link ToponymResolver#prior}),
   * made once when the candidate is: the name index's candidates are made at load, so resolution never takes a
   * logarithm of a population.
   */
  record Candidate(GazetteerEntry entry, MatchType match, double prior) {
    Candidate(GazetteerEntry entry, MatchType match) { this(entry, match, ToponymResolver.prior(entry, match)); }
  }

  private final List<GazetteerEntry> entries;
  /**
   * Each name key's candidates, made once at load: a lookup hands out the shared immutable list rather than
   * decoding and allocating one per mention (about 25 MB more than packed entry numbers).
   */
  // The maps and sets are HashMap and HashSet by their declared type, never wrapped or copied into Map.copyOf's
  // tables: they are asked about nearly every token, and a call through Collections.unmodifiableMap (whose call site
  // the whole JVM shares, so it sees many map classes) is not inlined and cost a sixth of the stage's time. Nothing
  // outside this class sees them, which keeps them unmodified.
  private final HashMap<String, List<Candidate>> names;
  private final HashMap<String, GazetteerEntry> regions;
  private final HashMap<String, GazetteerEntry> countries;
  private final HashSet<String> notToponyms;
  private final HashMap<String, String> demonyms;
  /** The first characters of the demonyms: every token is asked about, and most begin with no demonym's letter. */
  private final BitSet demonymInitials = new BitSet();
  private final HashMap<String, GazetteerEntry> abbreviations;
  private final HashMap<String, GazetteerEntry> areaAdjectives;
  private final int longestName;
  /** The most words of any name beginning with a word, by the hash code of the word's key. */
  private final HashCodeMaxima wordsAfter;
  /** Hash codes of every name key. */
  private final HashCodeSet nameHashes;
  /** Hash codes of the leading words of every name key of two or more words ("new", "new york" of "new york mills"). */
  private final HashCodeSet leadingWordHashes;

  private Gazetteer(List<GazetteerEntry> entries, HashMap<String, List<Candidate>> names, HashMap<String, GazetteerEntry> regions,
                    HashMap<String, GazetteerEntry> countries, HashSet<String> notToponyms, HashMap<String, String> demonyms,
                    HashMap<String, GazetteerEntry> abbreviations, HashMap<String, GazetteerEntry> areaAdjectives, int longestName,
                    HashCodeMaxima wordsAfter, HashCodeSet nameHashes, HashCodeSet leadingWordHashes) {
    this.nameHashes = nameHashes;
    this.leadingWordHashes = leadingWordHashes;
    this.areaAdjectives = areaAdjectives;
    this.wordsAfter = wordsAfter;
    this.abbreviations = abbreviations;
    this.entries = entries;
    this.names = names;
    this.regions = regions;
    this.countries = countries;
    this.notToponyms = notToponyms;
    this.demonyms = demonyms;
    for (String d : demonyms.keySet()) if (!d.isEmpty()) demonymInitials.set(d.charAt(0));
    this.longestName = longestName;
  }

  /** The admin1 region with this code ("RU.09"), or null. */
  GazetteerEntry region(String admin1Code) { return admin1Code == null ? null : regions.get(admin1Code); }

  /** The country with this ISO alpha-2 code ("UA"), or null. */
  GazetteerEntry country(String cc) { return cc == null ? null : countries.get(cc); }

  /** The region a written abbreviation stands for ("Ga." for the US state of Georgia), or null. */
  GazetteerEntry abbreviation(String written) { return abbreviations.get(written); }

  /** The continent or world region an adjective ("European") stands for, or null: never recognised as a place. */
  GazetteerEntry areaAdjective(String word) { return areaAdjectives.get(word); }

  /** The ISO alpha-2 country a demonym ("Ukrainian") points to, or null: context for resolution, never a place. */
  String demonymCountry(String word) {
    return word.isEmpty() || !demonymInitials.get(word.charAt(0)) ? null : demonyms.get(word);
  }

  /**
   * Lower-case, accents stripped, apostrophes unified, hyphens, slashes and runs of space made one space, dots and
   * quotes dropped. A hand-written loop: it runs on every one of the ~700,000 names at load time.
   */
  static String key(String name) {
    if (plainAscii(name)) return name.toLowerCase(Locale.ROOT);
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    NameKeyBuilder b = new NameKeyBuilder();
    b.appendDecomposed(s, 0, s.length());
    return b.toString();
  }

  /**
   * Whether the key of this name is just its lower case: printable ASCII with single spaces between words and none of
   * the characters the key drops or turns into a space (dots, quotes, hyphens, slashes). Most names in news are, and
   * then no key builder is needed.
   */
  private static boolean plainAscii(String name) {
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || name.charAt(i + 1) == ' ') return false;
        continue;
      }
      if (c <= ' ' || c >= 127 || c == '.' || c == '"' || c == '`' || c == '-' || c == '_' || c == '/') return false;
    }
    return true;
  }

  /** Candidates bearing the name with this key, or an empty list; immutable. */
  List<Candidate> lookup(String key) { return names.getOrDefault(key, List.of()); }

  boolean contains(String key) { return names.containsKey(key); }

  /** False when no name has a key with this hash code; true when one may have. */
  boolean mayBeName(int keyHash) { return nameHashes.mayContain(keyHash); }

  /**
   * False when no name of more words begins with the key of this hash code followed by a space ("new york" begins
   * "new york mills"); true when one may. A window of tokens whose key is not such a beginning cannot grow into a
   * name by a further word.
   */
  boolean mayBeginLongerName(int keyHash) { return leadingWordHashes.mayContain(keyHash); }

  /** Capitalised words that are also GeoNames places but in news are far more often something else. */
  boolean isNotToponym(String key) { return notToponyms.contains(key); }

  /** The most tokens any name in the index has, bounding the recogniser's window. */
  int longestName() { return longestName; }

  /**
   * The most words any name beginning with a word has, given the hash code of the word's key (a key without
   * spaces), or 0 when no name begins with it: the recogniser skips most capitalised words with one probe instead of
   * trying every window length. Words whose keys share a hash code share the larger count, which only widens the
   * window the recogniser searches.
   */
  int longestNameStartingWith(int firstWordKeyHash) { return wordsAfter.max(firstWordKeyHash); }

  /** The first word of a key ("port" of "port au prince"). */
  static String firstWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  int size() { return entries.size(); }

  /** Accumulates entries and names; {@link #build} freezes them. */
  static final class Builder {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, int[]> names = new HashMap<>(1 << 20);
    private final HashCodeMaxima.Builder wordsAfter = new HashCodeMaxima.Builder();
    private int longestName = 1;
    private final HashCodeSet.Builder nameHashes = new HashCodeSet.Builder();
    private final HashCodeSet.Builder leadingWordHashes = new HashCodeSet.Builder();

    int add(GazetteerEntry e) {
      entries.add(e);
      return entries.size() - 1;
    }

    GazetteerEntry entry(int index) { return entries.get(index); }

    /** The entries bearing this name so far. */
    List<Candidate> candidates(String name) {
      int[] hits = names.get(key(name));
      if (hits == null) return List.of();
      List<Candidate> out = new ArrayList<>();
      for (int h : hits) out.add(new Candidate(entries.get(h >>> 2), MatchType.ofOrdinal(h & 3)));
      return out;
    }

    void replace(int index, GazetteerEntry e) { entries.set(index, e); }

    void name(String name, int entry, MatchType match) {
      String k = key(name);
      if (k.isEmpty()) return;
      int code = entry << 2 | match.ordinal();
      int[] old = names.get(k);
      if (old == null) {
        names.put(k, new int[] {code});
        int words = 1, hash = 0, firstWordHash = 0;
        for (int i = 0; i < k.length(); i++) {
          char c = k.charAt(i);
          if (c == ' ') {
            if (words == 1) firstWordHash = hash;
            words++;
            leadingWordHashes.add(hash); // the hash code of k.substring(0, i)
          }
          hash = 31 * hash + c;
        }
        nameHashes.add(hash);
        longestName = Math.max(longestName, words);
        wordsAfter.add(words == 1 ? hash : firstWordHash, words);
        return;
      }
      for (int i = 0; i < old.length; i++) {
        if (old[i] >>> 2 == entry) {
          if ((old[i] & 3) > match.ordinal()) old[i] = code; // keep the strongest way this entry bears the name
          return;
        }
      }
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = code;
      names.put(k, grown);
    }

    Gazetteer build(Set<String> notToponyms, Map<String, String> demonyms, Map<String, GazetteerEntry> abbreviations,
                    Map<String, GazetteerEntry> areaAdjectives) {
      HashMap<String, GazetteerEntry> regions = new HashMap<>(), countries = new HashMap<>();
      for (GazetteerEntry e : entries) {
        if (e.kind() == GazetteerEntry.Kind.ADMIN1 && e.admin1Code() != null) regions.putIfAbsent(e.admin1Code(), e);
        if (e.kind() == GazetteerEntry.Kind.COUNTRY && e.country() != null) countries.putIfAbsent(e.country(), e);
      }
      HashMap<String, List<Candidate>> candidates = new HashMap<>(names.size() * 4 / 3 + 1);
      for (Map.Entry<String, int[]> name : names.entrySet()) {
        int[] hits = name.getValue();
        Candidate[] of = new Candidate[hits.length];
        for (int i = 0; i < hits.length; i++) of[i] = new Candidate(entries.get(hits[i] >>> 2), MatchType.ofOrdinal(hits[i] & 3));
        candidates.put(name.getKey(), List.of(of));
      }
      return new Gazetteer(List.copyOf(entries), candidates, regions, countries, new HashSet<>(notToponyms),
          new HashMap<>(demonyms), new HashMap<>(abbreviations), new HashMap<>(areaAdjectives), longestName, wordsAfter.build(),
          nameHashes.build(), leadingWordHashes.build());
    }
  }
}
