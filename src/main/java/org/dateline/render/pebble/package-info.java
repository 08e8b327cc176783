/**
 * The Pebble engine: strict templates from the project's templates/ folder, auto-escaping on,
 * Dateline's filters. The only package that imports Pebble.
 */
package org.dateline.render.pebble;
