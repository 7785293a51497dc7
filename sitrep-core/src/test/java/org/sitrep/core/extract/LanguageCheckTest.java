package org.sitrep.core.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Article;
import org.sitrep.core.pipeline.BadInputException;

class LanguageCheckTest {
  private final LanguageCheck check = new LanguageCheck();

  private static Article article(String text, String lang) {
    return new Article("a1", text, null, null, null, null, lang);
  }

  @Test
  void englishNewsPasses() {
    assertDoesNotThrow(() -> check.check(article("Officials in the region said that the shelling hit a school on Tuesday "
        + "and that two people were wounded. The governor said the attack was the third in a week and that repairs would "
        + "take days.", null)));
  }

  @Test
  void cyrillicTextIsRefusedNamingTheScript() {
    BadInputException e = assertThrows(BadInputException.class, () -> check.check(article(
        "Вооружённые силы сообщили об ударе по городу. Губернатор области заявил о пострадавших.", null)));
    assertTrue(e.getMessage().contains("a1") && e.getMessage().contains("not Latin script"), e.getMessage());
  }

  @Test
  void germanTextIsRefused() {
    BadInputException e = assertThrows(BadInputException.class, () -> check.check(article("Die ukrainische Armee hat nach "
        + "eigenen Angaben mehrere Drohnen über der Region abgeschossen. Der Gouverneur sprach von Schäden an Gebäuden und "
        + "Leitungen, verletzt wurde niemand nach ersten Berichten.", null)));
    assertTrue(e.getMessage().contains("does not look English"), e.getMessage());
  }

  @Test
  void declaredOtherLanguageIsRefused() {
    BadInputException e = assertThrows(BadInputException.class, () -> check.check(article("Short text.", "uk")));
    assertTrue(e.getMessage().contains("\"lang\" is \"uk\""), e.getMessage());
  }

  @Test
  void shortFragmentsPass() {
    assertDoesNotThrow(() -> check.check(article("Explosions in Odesa", null)));
  }
}
