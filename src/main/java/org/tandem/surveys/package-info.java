/**
 * Divergence diagnostics: questionnaires on goals, strategies, working methods and
 * culture answered by both departments, anonymously or by name; the two departments'
 * answers side by side, a divergence measure per question and an alignment index per
 * round; and the most divergent points, ranked by the heads, turned into action items.
 */
@ApplicationModule(allowedDependencies = { "platform", "identity", "meetings" })
@NullMarked
package org.tandem.surveys;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
