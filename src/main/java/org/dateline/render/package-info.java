/**
 * Rendering: turns the archive into the site's files (pages through Pebble templates, feeds,
 * sitemap, search index, data files). Pure apart from reading templates. Imports model and its
 * own subpackages.
 */
package org.dateline.render;
