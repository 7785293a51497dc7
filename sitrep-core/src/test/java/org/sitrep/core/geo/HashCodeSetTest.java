package org.sitrep.core.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashCodeSetTest {
  @Test
  void holdsEveryValueAddedIncludingZeroAndNegatives() {
    HashCodeSet.Builder b = new HashCodeSet.Builder();
    for (int i = -3000; i <= 3000; i += 3) b.add(i * 7919);
    HashCodeSet set = b.build();
    for (int i = -3000; i <= 3000; i += 3) assertTrue(set.mayContain(i * 7919), "value " + i * 7919);
    assertFalse(set.mayContain(7919 + 1));
    assertFalse(set.mayContain(Integer.MIN_VALUE));
  }

  @Test
  void zeroIsAbsentUnlessAdded() {
    HashCodeSet.Builder b = new HashCodeSet.Builder();
    b.add("kherson".hashCode());
    HashCodeSet set = b.build();
    assertFalse(set.mayContain(0));
    assertTrue(set.mayContain("kherson".hashCode()));
  }
}
