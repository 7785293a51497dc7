/**
 * The Sitrep server: a read-only JSON API over the store ({@link org.sitrep.server.SitrepServer}, Javalin) and the
 * dashboard's static files, bundled from {@code src/main/frontend} at build time. Uses store and core; no extraction.
 */
package org.sitrep.server;
