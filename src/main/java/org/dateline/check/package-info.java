/**
 * Validates a project without writing the site: story front matter and dates, duplicate slugs,
 * Markdown links to missing stories, anchors and images, unused people-registry entries, and what
 * the editor's corrections changed. May import read, extract, archive, pipeline, diag, model.
 */
package org.dateline.check;
