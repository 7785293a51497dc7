package org.sitrep.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.Span;

class GeoEvaluationTest {
  @Test
  void readsLglToponymsWithAndWithoutGazetteerTags(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("lgl.xml");
    Files.writeString(xml, """
        <articles><article docid="7"><text><![CDATA[Mortars fell on Sumy and Okhtyrka.]]></text><toponyms>
        <toponym><start>16</start><end>20</end><phrase>Sumy</phrase>
          <gaztag geonameid="692194"><name>Sumy</name><lat>50.9216</lat><lon>34.80029</lon></gaztag></toponym>
        <toponym><start>25</start><end>33</end><phrase>Okhtyrka</phrase></toponym>
        </toponyms></article></articles>
        """);
    List<GeoEvaluation.Item> items = GeoEvaluation.read(xml, 0);
    assertEquals(1, items.size());
    GeoEvaluation.Gold sumy = items.get(0).gold().get(0);
    assertEquals(new Span(16, 20), sumy.span());
    assertEquals(50.9216, sumy.lat(), 1e-6);
    assertTrue(sumy.scored());
    assertFalse(items.get(0).gold().get(1).scored());
  }

  @Test
  void readsGeoWebNewsAndLeavesDemonymsUnscored(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("gwn.xml");
    Files.writeString(xml, """
        <articles><article file="0"><text>Ukrainian drones hit Kursk.</text><toponyms>
        <toponym><extractedName>Ukrainian</extractedName><type>Demonym</type><start>0</start><end>9</end>
          <latitude>49</latitude><longitude>32</longitude></toponym>
        <toponym><extractedName>Kursk</extractedName><type>Literal</type><start>21</start><end>26</end>
          <latitude>51.73733</latitude><longitude>36.18735</longitude></toponym>
        </toponyms></article></articles>
        """);
    List<GeoEvaluation.Gold> gold = GeoEvaluation.read(xml, 0).get(0).gold();
    assertFalse(gold.get(0).scored());
    assertTrue(gold.get(1).scored());
    assertEquals(36.18735, gold.get(1).lon(), 1e-6);
  }

  @Test
  void greatCircleDistance() {
    assertEquals(409, GeoEvaluation.km(50.45, 30.52, 49.99, 36.23), 5); // Kyiv to Kharkiv, as the crow flies
  }
}
