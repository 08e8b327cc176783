/**
 * Diagnostics: a problem in the input with its file:line:col, and the exception that carries
 * every problem of a build; what to say when the heap ran out. Imports model.
 */
package org.dateline.diag;
