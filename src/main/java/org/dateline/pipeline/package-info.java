/**
 * A whole build: read, extract, archive, render, write; collects every problem and decides
 * whether the site is written. The entry point is SiteBuild.
 */
package org.dateline.pipeline;
