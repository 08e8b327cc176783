/**
 * The command line (picocli): one class per command, exit codes, diagnostics printed without
 * stack traces. Nothing imports this package.
 */
package org.dateline.cli;
