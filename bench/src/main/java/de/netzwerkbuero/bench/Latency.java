package de.netzwerkbuero.bench;

import org.HdrHistogram.Histogram;

import java.util.concurrent.TimeUnit;

/** Latencies in microseconds (HdrHistogram, 3 significant digits, up to 5 minutes) and an error count. */
final class Latency {

    private static final long HIGHEST = TimeUnit.MINUTES.toMicros(5);

    final Histogram histogram = new Histogram(HIGHEST, 3);
    long errors;

    void record(long nanos) {
        histogram.recordValue(Math.min(HIGHEST, Math.max(1, nanos / 1000)));
    }

    void add(Latency other) {
        histogram.add(other.histogram);
        errors += other.errors;
    }

    long count() {
        return histogram.getTotalCount();
    }

    double ms(double percentile) {
        return count() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMs() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }
}
