/**
 * The assembled extraction: input checks and the standard stage chain, built once and shared across threads.
 */
package org.sitrep.core.extract;
