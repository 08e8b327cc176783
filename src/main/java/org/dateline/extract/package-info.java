/**
 * Extraction: pure, thread-safe functions from a read story to its metadata (title, dateline,
 * people with roles and quotes, countries, sections), with the editor's corrections applied.
 * Gazetteers are data files beside this package. Imports read, diag and model.
 */
package org.dateline.extract;
