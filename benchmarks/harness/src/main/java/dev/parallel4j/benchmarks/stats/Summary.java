package dev.parallel4j.benchmarks.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The median and range of repeated measurements of one figure. The median, not the mean: on a shared, noisy
 * machine a few runs are slowed by other work, and the median ignores them.
 *
 * @param median the middle sample (the mean of the two middle ones for an even count)
 * @param min the smallest sample
 * @param max the largest sample
 * @param count how many samples there were
 */
public record Summary(double median, double min, double max, int count) {
    /**
     * Summarises samples.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static Summary of(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Summary(median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** This summary with every figure divided by {@code divisor} (seconds to events per second and the like). */
    public Summary dividedBy(double divisor) {
        return new Summary(median / divisor, min / divisor, max / divisor, count);
    }

    /** {@code median (min–max)}, each with {@code decimals} decimals. */
    public String format(int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number + " (" + number + "–" + number + ")", median, min, max);
    }
}
