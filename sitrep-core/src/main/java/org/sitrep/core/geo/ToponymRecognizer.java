package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.core.geo.Gazetteer.Candidate;
import org.sitrep.core.geo.Gazetteer.MatchType;
import org.sitrep.core.geo.GazetteerEntry.Kind;
import org.sitrep.core.model.Sentence;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Token;

/**
 * Finds toponyms in tagged sentences: the longest run of tokens, starting with a capital, whose name is in the
 * gazetteer, kept when CoreNLP tagged it LOCATION or when the name is prominent or stands after a locative word
 * ("near Soledar", "north of Izium"). CoreNLP's PERSON, ORGANIZATION and MISC tags veto a match unless they cover
 * exactly a prominent place name (the NER model tags "Kyiv" PERSON now and then). Names used as governments
 * (entities marked metonymy by the actors stage) are skipped by the caller.
 */
final class ToponymRecognizer {
  private static final Set<String> REGION_WORDS =
      Set.of("region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "governorates", "krai",
          "county", "counties", "parish", "state");
  private static final Set<String> AREA_WORDS =
      Set.of("area", "areas", "outskirts", "suburbs", "vicinity", "district", "direction", "axis", "sector");
  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "from", "outside", "to", "into", "toward",
      "towards", "around", "across", "through", "inside", "within", "via", "between", "nearby", "beyond");
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "outskirts", "city", "town",
      "village", "region", "province", "port", "centre", "center", "heart");
  /** Compass words that qualify a place name as part of it: "Western Pennsylvania", "Northeast Georgia". */
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
      "southwestern", "central", "upper", "lower");
  /** Head nouns of street and building names ("Main Street", "City Hall") that GeoNames also has as towns. */
  private static final Set<String> FACILITY_HEADS = Set.of("street", "st", "road", "avenue", "ave", "boulevard", "drive",
      "lane", "highway", "center", "centre", "hall", "hospital", "park", "bridge", "school", "station", "square", "church",
      "college", "tower", "plaza", "court", "mall", "airport", "building", "house", "wing", "terrace", "place");
  private static final Set<String> STREET_HEADS = Set.of("street", "st", "st.", "road", "rd", "rd.", "avenue", "ave",
      "ave.", "boulevard", "blvd", "drive", "lane", "highway");
  private static final Set<String> NUMERIC_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "SET");
  /** Dashes that end a dateline, as written and as the tokenizer may render them. */
  private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "-", "--", "---", "―");
  /** A place this large is named often enough in news that a capitalised match needs no locative word. */
  private static final long PROMINENT_POPULATION = 50_000;
  private static final long MAJOR_POPULATION = 500_000;
  /** A town this large is the place an organisation named after it refers to ("Atlanta Journal-Constitution"). */
  private static final long EMBEDDED_POPULATION = 100_000;
  /** Words before a name that make it a place even when CoreNLP took it for a person ("in Henderson"). */
  private static final Set<String> STRICT_LOCATIVES = Set.of("in", "near", "outside", "around", "across", "inside",
      "within");

  /** What the recogniser makes of a gazetteer match. */
  private enum Verdict { NO, YES, WEAK }

  private final Gazetteer gazetteer;
  private final NameCues cues;

  ToponymRecognizer(Gazetteer gazetteer) { this(gazetteer, NameCues.loadBundled()); }

  ToponymRecognizer(Gazetteer gazetteer, NameCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  List<Mention> find(String text, Sentence sentence) { return find(text, sentence, Set.of()); }

  /**
   * The toponyms of one sentence. {@code surnames} are the name keys of the last words of people the article names in
   * full ("John Fairfield"): the bare name is then that person, not the town, unless a locative word says otherwise.
   */
  List<Mention> find(String text, Sentence sentence, Set<String> surnames) {
    List<Token> tokens = sentence.tokens();
    List<Mention> out = new ArrayList<>();
    int max = gazetteer.longestName();
    NameKeyBuilder keys = new NameKeyBuilder();
    int i = 0;
    while (i < tokens.size()) {
      // Most tokens are lower-case words, and every place name and state abbreviation begins with a capital.
      if (!startsUpper(tokens.get(i).word())) {
        i++;
        continue;
      }
      int abbreviated = abbreviation(text, tokens, i);
      if (abbreviated >= 0) {
        GazetteerEntry region = gazetteer.abbreviation(text.substring(tokens.get(i).span().start(), tokens.get(abbreviated).span().end()));
        out.add(new Mention(sentence.spanOf(i, abbreviated), Gazetteer.key(region.name()),
            List.of(new Candidate(region, MatchType.MAIN)), Mention.Cue.NONE, sentence.index(), true));
        i = abbreviated + 1;
        continue;
      }
      int words = wordsOfNamesBeginning(tokens.get(i).word(), keys);
      if (words == 0) {
        i++;
        continue;
      }
      // A name of n words spans at most about 2n tokens ("St . Louis", "Lviv 's"), never more than the longest name.
      NameMatch name = longestName(text, tokens, i, Math.min(tokens.size(), i + Math.min(max, 2 * words + 1)) - 1, keys);
      if (name == null) {
        i++;
        continue;
      }
      int end = name.end();
      List<Candidate> cands = gazetteer.lookup(name.key());
      Verdict verdict = accept(tokens, i, end, name.key(), cands, surnames);
      if (verdict != Verdict.NO) out.add(mention(sentence, i, end, name.key(), cands, verdict == Verdict.WEAK));
      i = end + 1;
    }
    shareRegionCue(text, out);
    return out;
  }

  /**
   * The most words of a name whose first word is this word's key (at least that many: see
   * {@link Gazetteer#longestNameStartingWith}), or 0 when no name begins with it. Decided from the key's hash code
   * without making the key a string: most capitalised words in news begin no place name.
   */
  private int wordsOfNamesBeginning(String word, NameKeyBuilder keys) {
    keys.clear();
    // A word the key splits ("Winston-Salem") or that needs normalising is keyed the slow way.
    if (!keys.appendIfNfdStable(word, 0, word.length()) || keys.indexOf(' ') >= 0) {
      return gazetteer.longestNameStartingWith(Gazetteer.firstWord(Gazetteer.key(word)).hashCode());
    }
    return gazetteer.longestNameStartingWith(keys.hash());
  }

  /** Tokens from..end whose text has this name key. */
  private record NameMatch(int end, String key) {}

  /**
   * The longest run of tokens from {@code from} to at most {@code last} whose key is a name, or null. The run grows a
   * token at a time and each key extends the one before, so once a key is no name's leading words ("the company"),
   * no longer run that adds a word after a space can be a name, and the search stops there.
   */
  private NameMatch longestName(String text, List<Token> tokens, int from, int last, NameKeyBuilder keys) {
    keys.clear();
    NameMatch found = null;
    int appended = tokens.get(from).span().start();
    int deadAt = -1; // the length of a key no name continues with a space, or -1
    for (int j = from; j <= last; j++) {
      int end = tokens.get(j).span().end();
      if (!keys.appendIfNfdStable(text, appended, end)) return longestNameNormalising(text, tokens, from, last);
      appended = end;
      String word = tokens.get(j).word();
      if (j > from && (word.isEmpty() || !Character.isLetter(word.charAt(0)))) continue; // a name ends in a word
      if (deadAt >= 0 && keys.length() > deadAt && keys.charAt(deadAt) == ' ') break;
      if (gazetteer.mayBeName(keys.hash())) {
        String k = keys.toString();
        if (gazetteer.contains(k)) found = new NameMatch(j, k);
      }
      deadAt = gazetteer.mayBeginLongerName(keys.hash()) ? -1 : keys.length();
    }
    return found;
  }

  /** As {@link #longestName}, for text with accented letters: each run's text is normalised whole, longest first. */
  private NameMatch longestNameNormalising(String text, List<Token> tokens, int from, int last) {
    for (int j = last; j >= from; j--) {
      String word = tokens.get(j).word();
      if (j > from && (word.isEmpty() || !Character.isLetter(word.charAt(0)))) continue;
      String k = Gazetteer.key(text.substring(tokens.get(from).span().start(), tokens.get(j).span().end()));
      if (gazetteer.contains(k)) return new NameMatch(j, k);
    }
    return null;
  }

  /**
   * "Athens, Ga.": a state abbreviation right after a comma ends "City, St." and qualifies the city before it. Returns
   * the last token of the abbreviation (one or two tokens: "W. Va."), or -1.
   */
  private int abbreviation(String text, List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i - 1).word().equals(",")) return -1;
    int start = tokens.get(i).span().start();
    if (i + 1 < tokens.size() && gazetteer.abbreviation(text.substring(start, tokens.get(i + 1).span().end())) != null) return i + 1;
    return gazetteer.abbreviation(text.substring(start, tokens.get(i).span().end())) != null ? i : -1;
  }

  /**
   * A mention at a span someone else found (a gold annotation): looked up by its text, less a leading "the" and a
   * trailing region or area word, which gives the cue. A demonym ("Sudanese", "Egyptians") annotated as a toponym
   * stands for its country. Null when the gazetteer knows no such name.
   */
  Mention mentionAt(String text, Span span, int sentence) {
    String name = span.coveredText(text).strip();
    if (name.regionMatches(true, 0, "the ", 0, 4)) name = name.substring(4).strip();
    GazetteerEntry region = gazetteer.abbreviation(name);
    if (region != null) {
      return new Mention(span, Gazetteer.key(region.name()), List.of(new Candidate(region, MatchType.MAIN)),
          Mention.Cue.NONE, sentence, true);
    }
    String cc = gazetteer.demonymCountry(name);
    if (cc == null && name.endsWith("s")) cc = gazetteer.demonymCountry(name.substring(0, name.length() - 1));
    GazetteerEntry country = gazetteer.country(cc);
    if (country == null) country = gazetteer.areaAdjective(name);
    if (country != null) {
      return new Mention(span, Gazetteer.key(country.name()), List.of(new Candidate(country, MatchType.MAIN)),
          Mention.Cue.NONE, sentence, true);
    }
    Mention.Cue cue = Mention.Cue.NONE;
    List<Candidate> cands = gazetteer.lookup(Gazetteer.key(name));
    int space = name.lastIndexOf(' ');
    if (cands.isEmpty() && space > 0) {
      String last = name.substring(space + 1).toLowerCase();
      cue = REGION_WORDS.contains(last) ? Mention.Cue.REGION : AREA_WORDS.contains(last) ? Mention.Cue.AREA : Mention.Cue.NONE;
      if (cue != Mention.Cue.NONE) {
        name = name.substring(0, space);
        cands = gazetteer.lookup(Gazetteer.key(name));
      }
    }
    if (cands.isEmpty()) return null;
    return new Mention(span, Gazetteer.key(name), cands, cue, sentence, true);
  }

  private Mention mention(Sentence sentence, int from, int to, String key, List<Candidate> cands, boolean weak) {
    List<Token> tokens = sentence.tokens();
    Mention.Cue cue = Mention.Cue.NONE;
    int last = to;
    if (to + 1 < tokens.size()) {
      String next = tokens.get(to + 1).word().toLowerCase();
      // "Gezira state", "Borno state" are states; "the Gulf state of Qatar" is a country on the Gulf.
      if (REGION_WORDS.contains(next) && !(next.equals("state") && cues.endsInFeatureHead(key))) {
        cue = Mention.Cue.REGION;
        last = to + 1;
      } else if (AREA_WORDS.contains(next)) {
        // "the Moscow area" names a place around the city: the mention covers the area word, the point stays the city.
        cue = Mention.Cue.AREA;
        last = to + 1;
      }
    }
    boolean location = true;
    for (int t = from; t <= to; t++) location &= "LOCATION".equals(tokens.get(t).ner());
    return new Mention(sentence.spanOf(from, last), key, cands, cue, sentence.index(), location, weak);
  }

  /** "the Donetsk and Luhansk regions": the plural region word after the last name covers the names before it. */
  private static void shareRegionCue(String text, List<Mention> mentions) {
    for (int m = mentions.size() - 1; m > 0; m--) {
      Mention later = mentions.get(m);
      Mention earlier = mentions.get(m - 1);
      if (later.cue() != Mention.Cue.REGION || earlier.cue() != Mention.Cue.NONE) continue;
      String between = text.substring(earlier.span().end(), later.span().start()).strip();
      if (!(between.equals(",") || between.equals("and") || between.equals(", and"))) continue;
      String lastWord = text.substring(later.span().start(), later.span().end()).replaceAll(".*\\s", "").toLowerCase();
      if (!lastWord.endsWith("s")) continue;
      mentions.set(m - 1, new Mention(earlier.span(), earlier.key(), earlier.candidates(), Mention.Cue.REGION,
          earlier.sentence(), earlier.nerLocation(), earlier.weak()));
    }
  }

  /**
   * Whether the match is a place (YES), is not (NO), or may be one if the article's other places agree (WEAK): the
   * words around the name are the evidence, then its NER tags, then how prominent a place it would be.
   */
  private Verdict accept(List<Token> tokens, int from, int to, String key, List<Candidate> cands, Set<String> surnames) {
    Verdict v = acceptByTags(tokens, from, to, key, cands, surnames);
    if (v != Verdict.YES) return v;
    // "Abu Shouk camp", "Webb Center", "Korean Peninsula": a name inside a longer capitalised name is that name's
    // part, most often after a person or another place; only a public body named after a place ("Torrington Police")
    // says the part is the place.
    boolean inLonger = continuesName(tokens, to + 1) || continuesName(tokens, from - 1) && !cues.isTitle(tokens.get(from - 1).word());
    return inLonger && !institutionFollows(tokens, to) && !countryOrRegion(cands) ? Verdict.WEAK : Verdict.YES;
  }

  private Verdict acceptByTags(List<Token> tokens, int from, int to, String key, List<Candidate> cands, Set<String> surnames) {
    boolean allLocation = true, anyLocation = false;
    for (int t = from; t <= to; t++) {
      String ner = tokens.get(t).ner();
      if (NUMERIC_NER.contains(ner)) return Verdict.NO;
      allLocation &= "LOCATION".equals(ner);
      anyLocation |= "LOCATION".equals(ner);
    }
    if (dateline(tokens, from, to)) return Verdict.YES;
    // "Middle East" is no gazetteer name, but its "East" is (a Cameroonian region): a listed common word inside a
    // longer LOCATION run is part of another name.
    boolean insideRun = from > 0 && "LOCATION".equals(tokens.get(from - 1).ner()) || to + 1 < tokens.size() && "LOCATION".equals(tokens.get(to + 1).ner());
    if (gazetteer.isNotToponym(key) && (!allLocation || insideRun)) return Verdict.NO;
    // "Main Street", "Medical Center", "City Hall": a name that ends a longer name is its head noun, and the longer
    // name is a street or a building, not the town that shares the head's name.
    if (headOfLongerName(tokens, from)) return Verdict.NO;
    // "Lenin Street", "Paris Road": a street named after a town or a person is seldom near that town. The street
    // word must end the name: "Florida Highway Patrol" is the state's police.
    if (to + 1 < tokens.size() && STREET_HEADS.contains(tokens.get(to + 1).word().toLowerCase())
        && !continuesName(tokens, to + 2)) return Verdict.NO;
    // "SWAT", "NICE", "MOCA": a short all-capitals word CoreNLP did not tag a place is an acronym.
    if (from == to && acronym(tokens.get(from).word()) && !allLocation && !countryOrRegion(cands)) return Verdict.NO;
    boolean prominent = prominent(cands);
    // "Moscow said" is the government speaking (metonymy, which the actors stage marks): only a major place keeps
    // its place reading before a speech verb.
    if (!major(cands) && person(tokens, from, to, key, surnames)) return Verdict.NO;
    // "Secretary of State", "Center of Northeast Texas": a capitalised word before "of" and a name heads an office or
    // an institution; only a prominent place so placed is itself meant ("Moscow of the 1990s" is rare either way).
    if (from == to && !allLocation && !prominent && ofName(tokens, to)) return Verdict.NO;
    if (allLocation) return Verdict.YES;
    // CoreNLP tags "Kyiv" PERSON now and then, but most PERSON matches are people named like towns (Sanford, Nelson):
    // a major place survives the tag, and a place the words around mark as one ("in Henderson", "Greer, S.C."); any
    // other is a place only if the article's other places lie near it.
    if (covers(tokens, from, to, "PERSON")) {
      if (!exactRun(tokens, from, to, "PERSON")) return Verdict.NO;
      return major(cands) || strictLocative(tokens, from) || qualified(tokens, to) ? Verdict.YES : Verdict.WEAK;
    }
    for (String vetoing : List.of("ORGANIZATION", "MISC")) {
      if (!covers(tokens, from, to, vetoing)) continue;
      if (exactRun(tokens, from, to, vetoing)) return prominent || qualified(tokens, to) ? Verdict.YES : Verdict.WEAK;
      // "Georgia Bureau of Investigation", "University of Texas", "Walker County Sheriff's Office": organisations
      // named after their place; a region, country or large town opening the name or after its "of" is that place,
      // and so is a smaller town opening the name of its own public body ("Cottonport Fire Station").
      boolean opens = runStarts(tokens, directionsBefore(tokens, from), vetoing) || tokens.get(from - 1).word().equals("of");
      if (!opens) return Verdict.NO;
      if (embeddable(cands)) return Verdict.YES;
      return institutionFollows(tokens, to) ? Verdict.WEAK : Verdict.NO;
    }
    if (anyLocation) return Verdict.YES;
    // A capitalised common word opening a sentence ("Man charged...", "Spring brings...") is no town, nor is a single
    // word the tagger calls a common noun or adjective.
    if (from == 0 && !countryOrRegion(cands)) return Verdict.NO;
    if (from == to && !tokens.get(from).isProperNoun() && !countryOrRegion(cands)) return Verdict.NO;
    // "at Passover", "to Hope's Wings": "at", "to" and "from" precede times, events and organisations as often as
    // places, so after them a name CoreNLP did not tag needs the article's other places; "in", "near" and "north of"
    // do not.
    return prominent || strongLocative(tokens, from) || qualified(tokens, to) ? Verdict.YES : Verdict.WEAK;
  }

  /**
   * "Sen. Rogers", "Douglas said", or the bare surname of someone the article names in full: a person, unless a
   * locative word before the name makes it a place ("in Fairfield").
   */
  private boolean person(List<Token> tokens, int from, int to, String key, Set<String> surnames) {
    if (from > 0 && cues.isTitle(tokens.get(from - 1).word())) return true;
    if (from > 1 && cues.isTitle(tokens.get(from - 2).word() + " " + tokens.get(from - 1).word())) return true;
    if (strictLocative(tokens, from)) return false;
    int next = to + 1;
    if (next < tokens.size() && tokens.get(next).word().equals("'s")) next++;
    if (next < tokens.size() && cues.isSpeechVerb(tokens.get(next).word())) return true;
    // "Flores, 26, had just left the Army": an age in commas follows a person's name.
    if (next + 2 < tokens.size() && tokens.get(next).word().equals(",") && tokens.get(next + 2).word().equals(",")
        && tokens.get(next + 1).word().chars().allMatch(Character::isDigit)) return true;
    return from == to && surnames.contains(key) && !locative(tokens, from);
  }

  /**
   * Where the place phrase ending in the name at {@code from} begins: before the compass words that qualify it
   * ("Western Pennsylvania Kennel Association", "East Texas Regional Water Planning Group").
   */
  private static int directionsBefore(List<Token> tokens, int from) {
    int start = from;
    while (start > 0 && COMPASS.contains(tokens.get(start - 1).word().toLowerCase())) start--;
    return start;
  }

  /**
   * "CROMWELL — Police said...", "BAMAKO (Reuters) -", "MOUNT GILEAD (AP) --": a name in capitals opening a sentence
   * and followed by a dash or an agency's credit is a dateline, the place the story is told from, whatever the tagger
   * made of the capitals (it mostly leaves them untagged).
   */
  private boolean dateline(List<Token> tokens, int from, int to) {
    if (from != 0 || to + 1 >= tokens.size()) return false;
    int letters = 0;
    for (int t = from; t <= to; t++) {
      String w = tokens.get(t).word();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLowerCase(c)) return false;
        if (Character.isLetter(c)) letters++;
      }
    }
    if (letters < 3) return false;
    String next = tokens.get(to + 1).word();
    if (DATELINE_DASHES.contains(next)) return true;
    return (next.equals("(") || next.equals("-LRB-")) && to + 2 < tokens.size() && cues.isAgency(tokens.get(to + 2).word());
  }

  /** "of" and a capitalised word follow the token at {@code to}. */
  private static boolean ofName(List<Token> tokens, int to) {
    return to + 2 < tokens.size() && tokens.get(to + 1).word().equals("of") && startsUpper(tokens.get(to + 2).word());
  }

  /** The token at {@code i} is a capitalised proper noun that would continue a name standing next to it. */
  private static boolean continuesName(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) return false;
    Token t = tokens.get(i);
    String w = t.word();
    if (!startsUpper(w) || !Character.isLetter(w.charAt(0)) || !t.isProperNoun()) return false;
    String ner = t.ner();
    if (NUMERIC_NER.contains(ner)) return false;
    String lower = w.toLowerCase();
    return !REGION_WORDS.contains(lower) && !AREA_WORDS.contains(lower);
  }

  /** The capitalised words after the match include the head of a public body ("City Council", "Fire Department"). */
  private boolean institutionFollows(List<Token> tokens, int to) {
    for (int t = to + 1; t < tokens.size() && t <= to + 4; t++) {
      String w = tokens.get(t).word();
      if (cues.isInstitutionHead(w)) return true;
      if (!startsUpper(w)) return false;
    }
    return false;
  }

  /** The tokens before {@code from} continue a capitalised name the match is the last part of. */
  private static boolean headOfLongerName(List<Token> tokens, int from) {
    if (from == 0) return false;
    Token prev = tokens.get(from - 1);
    String ner = prev.ner();
    if (ner == null || NUMERIC_NER.contains(ner)) return false;
    // "Titus Regional Medical Center": the tagger leaves many such names untagged (O), and a capitalised proper noun
    // before the facility word makes the name as surely as a shared tag.
    boolean sameName = ner.equals("O") ? prev.isProperNoun() : ner.equals(tokens.get(from).ner());
    if (!startsUpper(prev.word()) || !sameName) return false;
    // "Donetsk People's Republic" keeps "Donetsk"; only a head noun listed as a facility word is dropped.
    return FACILITY_HEADS.contains(tokens.get(from).word().toLowerCase());
  }

  /** "Greer, S.C.", "Pokrovsk, Donetsk region": a comma and then a region or a state abbreviation. */
  private boolean qualified(List<Token> tokens, int to) {
    if (to + 2 >= tokens.size() || !tokens.get(to + 1).word().equals(",")) return false;
    String next = tokens.get(to + 2).word();
    if (gazetteer.abbreviation(next) != null) return true;
    for (Candidate c : gazetteer.lookup(Gazetteer.key(next))) {
      if (c.match() == MatchType.MAIN && (c.entry().kind() == Kind.ADMIN1 || c.entry().kind() == Kind.COUNTRY)) return true;
    }
    return false;
  }

  private static boolean runStarts(List<Token> tokens, int from, String ner) {
    return from == 0 || !ner.equals(tokens.get(from - 1).ner());
  }

  private static boolean acronym(String word) {
    if (word.length() > 5) return false;
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c) && !(i == word.length() - 1 && c == 's')) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }

  private static boolean countryOrRegion(List<Candidate> cands) {
    for (Candidate c : cands) {
      Kind k = c.entry().kind();
      if (c.match() == MatchType.MAIN && (k == Kind.COUNTRY || k == Kind.ADMIN1 || c.entry().curated())) return true;
    }
    return false;
  }

  /** A place an organisation's name can carry: a country, region, county, capital, regional seat or large town. */
  private static boolean embeddable(List<Candidate> cands) {
    for (Candidate c : cands) {
      GazetteerEntry e = c.entry();
      if (c.match() != MatchType.MAIN) continue;
      if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1 || e.kind() == Kind.ADMIN2 || e.curated()) return true;
      if (e.isCapital() || e.adminSeatLevel() == 1 || e.population() >= EMBEDDED_POPULATION) return true;
    }
    return false;
  }

  /** A country, region, curated place, capital or big city known by this (main) name. */
  private static boolean prominent(List<Candidate> cands) {
    for (Candidate c : cands) {
      GazetteerEntry e = c.entry();
      // Alternate names hold old and foreign spellings that are English words ("Soul" for Seoul).
      if (c.match() != MatchType.MAIN) continue;
      if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1 || e.kind() == Kind.ADMIN2 || e.curated() || e.isCapital() || e.adminSeatLevel() == 1) return true;
      if (c.match() == MatchType.MAIN && e.population() >= PROMINENT_POPULATION) return true;
    }
    return false;
  }

  private static boolean major(List<Candidate> cands) {
    for (Candidate c : cands) {
      GazetteerEntry e = c.entry();
      if (c.match() != MatchType.MAIN) continue;
      if (e.kind() == Kind.COUNTRY || e.kind() == Kind.ADMIN1 || e.curated() || e.population() >= MAJOR_POPULATION) return true;
    }
    return false;
  }

  private static boolean locative(List<Token> tokens, int from) {
    if (from == 0) return false;
    String prev = tokens.get(from - 1).word().toLowerCase();
    if (prev.equals("the") && from >= 2) prev = tokens.get(from - 2).word().toLowerCase();
    if (LOCATIVES.contains(prev)) return true;
    return prev.equals("of") && from >= 2 && DIRECTIONS.contains(tokens.get(from - 2).word().toLowerCase());
  }

  /** "in (the) X", "near X", "north of X": words that make the name after them a place. */
  private static boolean strongLocative(List<Token> tokens, int from) {
    if (from == 0) return false;
    int before = tokens.get(from - 1).word().equalsIgnoreCase("the") ? from - 1 : from;
    if (strictLocative(tokens, before)) return true;
    String prev = tokens.get(from - 1).word().toLowerCase();
    return prev.equals("of") && from >= 2 && DIRECTIONS.contains(tokens.get(from - 2).word().toLowerCase());
  }

  private static boolean strictLocative(List<Token> tokens, int from) {
    return from > 0 && STRICT_LOCATIVES.contains(tokens.get(from - 1).word().toLowerCase());
  }

  private static boolean covers(List<Token> tokens, int from, int to, String ner) {
    for (int t = from; t <= to; t++) if (ner.equals(tokens.get(t).ner())) return true;
    return false;
  }

  /** The tokens from..to are exactly one run of this NER tag, not part of a longer name. */
  private static boolean exactRun(List<Token> tokens, int from, int to, String ner) {
    for (int t = from; t <= to; t++) if (!ner.equals(tokens.get(t).ner())) return false;
    boolean before = from > 0 && ner.equals(tokens.get(from - 1).ner());
    boolean after = to + 1 < tokens.size() && ner.equals(tokens.get(to + 1).ner());
    return !before && !after;
  }

  private static boolean startsUpper(String word) {
    if (word.isEmpty()) return false;
    char c = word.charAt(0);
    // ASCII first: nearly every token begins with an ASCII character, and the Unicode tables cost a lookup.
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(word.codePointAt(0));
  }
}
