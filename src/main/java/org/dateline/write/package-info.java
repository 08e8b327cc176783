/**
 * Writing the site: only files whose bytes changed are written, first to a staging folder, then
 * put in place through a journal that a killed build's successor finishes; paths checked to stay
 * inside the output folder. Imports render (for OutputFile).
 */
package org.dateline.write;
