/**
 * The client-side search index: sharded term files and story chunks written as scripts, so search
 * works from file://.
 */
package org.dateline.render.search;
