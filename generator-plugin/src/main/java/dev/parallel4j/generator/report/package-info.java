/**
 * The change report: a snapshot of the generated Java API ({@link dev.parallel4j.generator.report.ApiSurface}),
 * kept between builds, and what changed between two snapshots, with the changes that break callers marked
 * ({@link dev.parallel4j.generator.report.ChangeReport}).
 */
package dev.parallel4j.generator.report;
