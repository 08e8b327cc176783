/**
 * Writes story files for the editor: a new story's skeleton ({@code dateline new}) and raw stories
 * turned into Markdown with the extractor's findings as front matter ({@code dateline import}).
 * May import read, extract, archive, pipeline, diag, model.
 */
package org.dateline.edit;
