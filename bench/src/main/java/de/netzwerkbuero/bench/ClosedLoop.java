package de.netzwerkbuero.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The closed-loop load of the newer benchmarks (the same procedure as MemberListBench's parts): N client threads,
 * each first {@code warmup} requests (not counted), then {@code requests} measured ones, no think time, bounded by
 * {@code maxSeconds}; a request picks one of {@code categories} workload kinds, latencies per category in
 * {@link Latency}. Also the Markdown table of the results, in MemberListBench's format.
 */
final class ClosedLoop {

    /** One measured request: category and a random source; true when the answer was right. */
    interface Session {
        boolean call(int category, SplittableRandom random) throws Exception;
    }

    interface SessionFactory {
        Session open(int client) throws Exception;
    }

    /** Which category the next request has. */
    interface Mix {
        int next(SplittableRandom random);
    }

    record Settings(int clients, int warmup, int requests, Duration warmupLimit, Duration limit, Duration timeout,
                    long seed) {
    }

    record Result(String name, String description, Latency total, Latency[] perCategory, long wallNanos,
                  int setupFailures, long warmupErrors, boolean timeLimited, List<String> errorSamples) {

        double throughput() {
            return wallNanos <= 0 ? 0 : total.count() / (wallNanos / 1e9);
        }
    }

    static final String TABLE_HEAD = "| measurement | requests | errors | throughput (req/s) | p50 (ms) | p95 (ms) "
            + "| p99 (ms) | p95 ÷ SQL p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";

    private ClosedLoop() {
    }

    /** A row of {@link #TABLE_HEAD}; {@code base} is the SQL measurement compared with (null: none). */
    static String row(String description, Latency l, double throughput, Latency base) {
        String ratio = base == null || base.count() == 0 || l.count() == 0 ? "–"
                : String.format(Locale.ROOT, "%.2f", l.ms(95) / base.ms(95));
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.2f | %.2f | %.2f | %s |%n", description,
                l.count(), l.errors, throughput, l.ms(50), l.ms(95), l.ms(99), ratio);
    }

    static void sample(List<String> samples, String message) {
        if (samples.size() < 5) {
            samples.add(message.length() > 300 ? message.substring(0, 300) + "…" : message);
        }
    }

    static Result run(String name, String description, Settings s, int categories, Mix mix, SessionFactory factory)
            throws InterruptedException {
        System.out.printf(Locale.ROOT, "== %s: %s%n", name, description);
        CountDownLatch ready = new CountDownLatch(s.clients());
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        long warmupDeadline = System.nanoTime() + s.warmupLimit().toNanos();
        AtomicInteger setupFailures = new AtomicInteger();
        AtomicLong warmupErrors = new AtomicLong();
        AtomicLong lastEnd = new AtomicLong();
        List<Latency[]> perClient = new CopyOnWriteArrayList<>();
        List<String> samples = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger cut = new AtomicInteger();
        for (int c = 0; c < s.clients(); c++) {
            int client = c;
            Thread t = new Thread(() -> {
                Session session;
                try {
                    session = factory.open(client);
                } catch (Exception e) {
                    setupFailures.incrementAndGet();
                    sample(samples, "setup: " + e);
                    ready.countDown();
                    return;
                }
                SplittableRandom random = new SplittableRandom(s.seed() * 1_000_003L + client);
                for (int i = 0; i < s.warmup() && System.nanoTime() < warmupDeadline; i++) {
                    try {
                        if (!session.call(mix.next(random), random)) {
                            warmupErrors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        warmupErrors.incrementAndGet();
                        sample(samples, "warm-up: " + e);
                    }
                }
                // The measured sequence is the same for every part: same seed per client.
                random = new SplittableRandom(s.seed() * 7_919L + client);
                Latency[] byCategory = new Latency[categories];
                for (int k = 0; k < categories; k++) {
                    byCategory[k] = new Latency();
                }
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                int done = 0;
                for (; done < s.requests() && System.nanoTime() < deadline.get(); done++) {
                    int category = mix.next(random);
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = session.call(category, random);
                    } catch (Exception e) {
                        ok = false;
                        sample(samples, e.toString());
                    }
                    long elapsed = System.nanoTime() - t0;
                    if (ok) {
                        byCategory[category].record(elapsed);
                    } else {
                        byCategory[category].errors++;
                    }
                }
                if (done < s.requests()) {
                    cut.incrementAndGet();
                }
                lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
                perClient.add(byCategory);
            }, "bench-" + name + "-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        if (!ready.await(s.warmupLimit().toSeconds() + 120, TimeUnit.SECONDS)) {
            sample(samples, "clients not ready in time; measuring those that are");
        }
        long start = System.nanoTime();
        deadline.set(start + s.limit().toNanos());
        go.countDown();
        for (Thread t : threads) {
            t.join(s.limit().toMillis() + s.timeout().toMillis() + 5_000);
        }
        long wall = Math.max(0, lastEnd.get() - start);
        Latency total = new Latency();
        Latency[] byCategory = new Latency[categories];
        for (int k = 0; k < categories; k++) {
            byCategory[k] = new Latency();
            for (Latency[] l : perClient) {
                byCategory[k].add(l[k]);
            }
            total.add(byCategory[k]);
        }
        Result result = new Result(name, description, total, byCategory, wall, setupFailures.get(),
                warmupErrors.get(), cut.get() > 0, List.copyOf(samples));
        System.out.printf(Locale.ROOT, "   %,d ok, %,d errors, %.1f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms%s%s%n%n", total.count(), total.errors, result.throughput(), total.ms(50),
                total.ms(95), total.ms(99), total.maxMs(),
                setupFailures.get() > 0 ? ", " + setupFailures.get() + " clients failed to start" : "",
                cut.get() > 0 ? ", " + cut.get() + " clients stopped by the time limit" : "");
        samples.stream().limit(3).forEach(m -> System.out.println("   error sample: " + m));
        return result;
    }

    /** Notes below a table: time limits, warm-up errors, error samples. */
    static void notes(StringBuilder md, Iterable<Result> results) {
        for (Result r : results) {
            if (r.timeLimited()) {
                md.append("- ").append(r.name()).append(": stopped by the time limit (--max-seconds) before all "
                        + "requests ran\n");
            }
            if (r.warmupErrors() > 0) {
                md.append("- ").append(r.name()).append(": ").append(r.warmupErrors()).append(" errors during warm-up\n");
            }
            if (r.setupFailures() > 0) {
                md.append("- ").append(r.name()).append(": ").append(r.setupFailures())
                        .append(" clients failed to start\n");
            }
            for (String m : r.errorSamples()) {
                md.append("- ").append(r.name()).append(" error sample: `").append(m.replace('`', '\'')).append("`\n");
            }
        }
    }
}
