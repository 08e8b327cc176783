/**
 * Work spread over all cores in pieces small enough that no core waits long for another at the
 * end. Imports nothing of Dateline.
 */
package org.dateline.parallel;
