/**
 * Shared infrastructure without business terms: problem details for bad input, paging,
 * locale handling and the web shell's plumbing. Every module may use it.
 */
@NullMarked
package org.tandem.platform;

import org.jspecify.annotations.NullMarked;
