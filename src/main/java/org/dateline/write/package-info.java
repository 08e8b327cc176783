/**
 * Writing the site: a fresh staging folder swapped into place only when the build succeeded;
 * paths checked to stay inside the output folder. Imports render (for OutputFile).
 */
package org.dateline.write;
