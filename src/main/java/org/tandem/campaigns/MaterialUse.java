package org.tandem.campaigns;

import java.util.List;

/**
 * How reps use a material and how the people who received it went on.
 *
 * @param sends how many times it was sent
 * @param recipients the people it was sent to
 * @param advanced of them, those who reached a further funnel stage after they first got
 * it
 * @param won of them, those won after they first got it
 * @param reps who sent it, most sends first
 */
public record MaterialUse(Material material, long sends, long recipients, long advanced, long won, List<String> reps) {
}
