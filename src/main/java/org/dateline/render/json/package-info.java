/**
 * JSON output with the one configured Jackson mapper: data files, JSON-LD, the extract command's
 * report. The only package that imports Jackson.
 */
package org.dateline.render.json;
