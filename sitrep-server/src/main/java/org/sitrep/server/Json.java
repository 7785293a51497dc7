package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * JSON answers. {@code <}, {@code >} and {@code &} are written as {@code \u003c}-style escapes, so article text
 * holding markup is inert even if a client pastes a response into a page: {@code <script>} never appears raw.
 */
final class Json {
  private Json() {}

  static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory().setCharacterEscapes(new MarkupEscapes());
    return m;
  }

  static void write(Context ctx, Object value) {
    try {
      ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  static void error(Context ctx, int status, String message) {
    ctx.status(status);
    write(ctx, MAPPER.createObjectNode().put("error", message));
  }

  private static final class MarkupEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    MarkupEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_CUSTOM;
      escapes['>'] = ESCAPE_CUSTOM;
      escapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() { return escapes; }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return new SerializedString(String.format("\\u%04x", ch));
    }
  }
}
