/**
 * The archive: merges people across stories, decides every slug and URL, builds the indexes and
 * relations (related stories, people and countries named together). Pure. Imports diag and model.
 */
package org.dateline.archive;
