package org.sitrep.server;

import java.io.PrintWriter;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before any route sees the request (a NUL byte or an ambiguous segment in the path):
 * {@code {"error"}} JSON like every other answer, unless the client asks for HTML, and never a stack trace.
 */
final class JettyErrorJson extends ErrorHandler {
  JettyErrorJson() {
    setDefaultResponseMimeType("application/json");
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
    writer.write(Json.MAPPER.createObjectNode().put("error", message == null || message.isBlank() ? "HTTP " + code
        : message).toString());
  }
}
