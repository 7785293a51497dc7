package org.sitrep.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.lexicon.ResourceFormatException;
import org.sitrep.core.lexicon.ResourceLines;

class EventCodebookTest {
  private static final EventCodebook CODEBOOK = new EventCodebook();

  @Test
  void cameoCodesKeepLeadingZerosAndGoldstein() {
    assertEquals("Make statement", CODEBOOK.cameo("010").name());
    assertEquals(-10.0, CODEBOOK.cameo("195").goldstein());
    assertEquals(4, CODEBOOK.cameo("195").quadClass());
    assertEquals(List.of("COERCE", "seize"), List.of(CODEBOOK.plover("192")));
    assertNull(CODEBOOK.plover("010"));
  }

  @Test
  void acledRuleWithModeOutranksRecipientSector() {
    assertEquals("Air/drone strike", CODEBOOK.acled("ASSAULT", "aerial", Set.of("airstrike"), Set.of(), Set.of("CVL")).subEventType());
    assertEquals("Attack", CODEBOOK.acled("ASSAULT", null, Set.of("attack"), Set.of(), Set.of("CVL")).subEventType());
    assertEquals("Armed clash", CODEBOOK.acled("ASSAULT", null, Set.of("attack"), Set.of(), Set.of("MIL")).subEventType());
    assertEquals("Grenade", CODEBOOK.acled("ASSAULT", "explosives", Set.of("attack", "grenade"), Set.of(), Set.of()).subEventType());
    assertNull(CODEBOOK.acled("CONSULT", "visit", Set.of("visit"), Set.of(), Set.of()));
  }

  @Test
  void unknownModeIsRejectedNamingFileAndLine() {
    ResourceLines.Row row = new ResourceLines.Row(new ResourceLines.Line("/sitrep/events/triggers.tsv", 42, "fly\tverb"),
        List.of("pattern", "pos"), new String[] {"fly", "verb"});
    ResourceFormatException e = assertThrows(ResourceFormatException.class, () -> CODEBOOK.checkTypeAndMode(row, "ASSAULT", "flying"));
    assertEquals("/sitrep/events/triggers.tsv:42: 'flying' is not a mode of PLOVER ASSAULT", e.getMessage().substring(0, e.getMessage().indexOf(" [")));
  }
}
