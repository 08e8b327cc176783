/**
 * Serve mode: builds into a private folder, serves it on 127.0.0.1, rebuilds when content,
 * seeds, templates or the settings change, and reloads open pages by server-sent events. The
 * reload script and error overlay are added to HTML responses only; nothing reaches site-out/.
 * May import pipeline, diag, model.
 */
package org.dateline.serve;
