/**
 * Content hashes: a streamed 128-bit MurmurHash3, which the writer keeps of every output file and
 * the renderer makes of every page's inputs. Imports nothing of Dateline.
 */
package org.dateline.digest;
