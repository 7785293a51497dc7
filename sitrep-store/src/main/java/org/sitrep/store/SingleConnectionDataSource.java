package org.sitrep.store;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands Flyway the store's own connection (with a no-op close) so that migrations run on the connection we opened,
 * with our SQLite settings, and an in-use SQLite file is never opened twice.
 */
final class SingleConnectionDataSource implements DataSource {
  private final Connection conn;

  SingleConnectionDataSource(Connection conn) {
    this.conn = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) return null;
          try {
            return method.invoke(conn, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override public Connection getConnection() { return conn; }
  @Override public Connection getConnection(String user, String password) { return conn; }
  @Override public PrintWriter getLogWriter() { return null; }
  @Override public void setLogWriter(PrintWriter out) {}
  @Override public void setLoginTimeout(int seconds) {}
  @Override public int getLoginTimeout() { return 0; }
  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
  @Override public <T> T unwrap(Class<T> iface) throws java.sql.SQLException { return conn.unwrap(iface); }
  @Override public boolean isWrapperFor(Class<?> iface) throws java.sql.SQLException { return conn.isWrapperFor(iface); }
}
