/**
 * A whole build: read, extract, archive, render, write; collects every problem and decides
 * whether the site is written. The entry point is SiteBuild; ReadStage reads and extracts the
 * stories through the build cache, and CacheFolder keeps what a build leaves for the next one (the
 * last build's record, the build cache, the related stories, the archive, the search index's
 * words).
 */
package org.dateline.pipeline;
