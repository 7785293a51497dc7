package org.sitrep.server;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte on a socket, for what java.net.http will not send as written: a path whose dots and
 * escapes a client would normalise away before they reach the server, and a request that declares a body it never
 * sends. (A client still writing a body when the server answers 413 and closes sees a connection reset instead of the
 * answer, now and then on a loaded machine; declaring without sending tests the same refusal without that race, and
 * proves the server answers before reading the body.)
 */
final class RawHttp {
  private RawHttp() {}

  /** GETs {@code path} byte for byte; returns the whole answer as text. */
  static String get(int port, String path) throws Exception {
    return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  /** Sends only the head of a request declaring {@code length} body bytes; returns the whole answer as text. */
  static String declaredBody(int port, String method, String path, long length, String authorization)
      throws Exception {
    return exchange(port, method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n"
        + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n");
  }

  private static String exchange(int port, String head) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
