/**
 * Immutable records of the archive: stories, articles, people, countries, datelines, quotes,
 * positions. No I/O; imports only java.*.
 */
package org.dateline.model;
