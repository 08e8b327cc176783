/**
 * Reading stories: finds story files, decodes them, splits and checks YAML front matter, parses
 * Markdown (flexmark) or plain text into blocks, tells captions, bylines, credits, notices and
 * footers from body text. Imports diag and model.
 */
package org.dateline.read;
