package org.tandem.analytics.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One part of a dashboard: a title, a chart (an ECharts option as JSON, or none), and the
 * table with the chart's numbers, which the CSV export writes as it is.
 *
 * @param note what the reader should know about these numbers, already localised
 */
record Section(String id, String title, @Nullable String chart, List<String> header, List<List<Cell>> rows,
		@Nullable String note) {
}
