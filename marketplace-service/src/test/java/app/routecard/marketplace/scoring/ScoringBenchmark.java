package app.routecard.marketplace.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.inbox.InboxConsumers;
import app.routecard.platform.inbox.TopicReplay;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TestStack;
import app.routecard.platform.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The live scorecards on the real broker and database of the test stack, in one run, printing figures (not part of
 * the suite: its name does not end in Test). Run it with
 *
 * <pre>bench/scoring.sh [backlog events, default 100000]</pre>
 *
 * <ol>
 *   <li><b>Event → scorecard latency under a steady load</b>: generated events for 50 suppliers at a steady rate
 *   ({@code -Dbench.load-rate}, default 200/s, for {@code -Dbench.load-seconds}, default 30 s), and every 100 ms a
 *   probe: the first answer of a new supplier. Its latency runs from just before the producer sends it to the
 *   moment a reader polling PostgreSQL every 2 ms sees that supplier's scorecard (so it includes the producer's
 *   acknowledgement, the broker, the consumer's poll, the transaction and up to one polling interval).</li>
 *   <li><b>Sustained scoring rate</b>: a backlog of generated events published while the service's consumers are
 *   held; events per second from the scoring consumer's release until it has committed the last one (the other
 *   consumers, such as the buyers' order progress on the same job events, are released after it).</li>
 *   <li><b>Kafka's own consumer rate</b> on the same topic: {@code kafka-tools} ConsumerPerformance in its own JVM
 *   ({@code -Dbench.kafka-classpath}), reading as many records from the topic's beginning.</li>
 *   <li><b>Replay</b>: the operator's rebuild from the topics' beginning, compared with the live scorecards.</li>
 * </ol>
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class ScoringBenchmark {

    @Inject
    EntityManager entities;

    @Inject
    TopicReplay replay;

    @Inject
    ScorecardRebuild rebuild;

    @Inject
    InboxConsumers consumers;

    private static final int WARM_UP_SECONDS = 5;

    @ConfigProperty(name = "bench.events", defaultValue = "100000")
    int backlog;

    @ConfigProperty(name = "bench.load-rate", defaultValue = "200")
    int loadRate;

    @ConfigProperty(name = "bench.load-seconds", defaultValue = "30")
    int loadSeconds;

    @ConfigProperty(name = "bench.kafka-classpath")
    java.util.Optional<String> kafkaClasspath;

    @Test
    void measure() throws Exception {
        String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> buyers = IntStream.range(0, 5).mapToObj(i -> run + "-b" + i).toList();
        StringBuilder report = new StringBuilder("\nScoring on the real stack (" + run + ")\n");

        latency(run, buyers, report);
        double scoringRate = throughput(run, buyers, report);
        double kafkaRate = consumerPerformance(report, marketplaceRecords);
        if (kafkaRate > 0) {
            report.append(String.format("  scoring / raw consumer: %.1f %%%n", 100 * scoringRate / kafkaRate));
        }
        ScorecardRebuild.Report rebuilt = rebuild.rebuild();
        report.append(String.format("Replay: %,d records (%,d that judge a supplier) in %.1f s = %,.0f records/s;"
                        + " %d of %d scorecards equal, %d differ (%d differences)%n", rebuilt.records(),
                rebuilt.scoringEvents(), rebuilt.replayMillis() / 1000.0,
                rebuilt.records() * 1000.0 / Math.max(1, rebuilt.replayMillis()), rebuilt.equal(), rebuilt.suppliers(),
                rebuilt.differences().stream().map(ScorecardRebuild.Difference::supplierTenantId).distinct().count(),
                rebuilt.differences().size()));
        assertThat(rebuilt.differences()).as("the benchmark's own suppliers rebuild equal")
                .noneMatch(difference -> difference.supplierTenantId().startsWith(run));
        System.out.println(report);
    }

    /** Steady load with probes; prints p50 / p99 / max of event → visible scorecard. */
    private void latency(String run, List<String> buyers, StringBuilder report) throws Exception {
        List<String> suppliers = IntStream.range(0, 50).mapToObj(i -> run + "-load" + i).toList();
        Instant now = Instant.now();
        int total = loadRate * loadSeconds;
        // Generated jobs end a week ago: a late shipment or a slow answer lands up to six days after its job, and real
        // events are never dated after the moment they are scored.
        ScoringHistory.History load = new ScoringHistory(11, now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(7)))
                .generate(suppliers, buyers, total / suppliers.size());
        ScoringHistory.storeOrders(entities, load.awards());
        Map<String, Long> pending = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> sentAtByLatency = new ConcurrentHashMap<>();
        long[] loadStarted = {0};
        Thread reader = new Thread(() -> watch(pending, latencies, sentAtByLatency), "bench-scorecard-reader");
        reader.setDaemon(true);
        reader.start();
        int probes = 0;
        try (KafkaProducer<String, String> producer = producer()) {
            long started = System.nanoTime();
            loadStarted[0] = started;
            long tick = TimeUnit.MILLISECONDS.toNanos(10);
            int sent = 0;
            for (long n = 0; sent < load.events().size(); n++) {
                long due = started + n * tick;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // pacing the load generator, not synchronising a test
                }
                int upTo = (int) Math.min(load.events().size(), (n + 1) * loadRate / 100);
                for (; sent < upTo; sent++) {
                    TopicWriter.Record record = load.events().get(sent);
                    producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
                }
                if (n % 10 == 0) {
                    String probe = run + "-probe" + probes++;
                    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
                    String event = TopicWriter.cloudEvent(UUID.randomUUID(), "marketplace.quote.submitted", probe,
                            "probe", """
                                    {"offerId": "%s", "buyerTenantId": "%s", "offeredAt": "%s", "submittedAt": "%s"}"""
                                    .formatted(UUID.randomUUID(), buyers.get(0), at.minusHours(1), at));
                    pending.put(probe, System.nanoTime());
                    producer.send(new ProducerRecord<>(ScoringHistory.MARKETPLACE, probe, event));
                }
            }
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < until) {
            TimeUnit.MILLISECONDS.sleep(50); // waiting for the reader thread to see the last probes
        }
        reader.interrupt();
        // The first seconds of the load warm the consumer up (its first polls, the JIT): their probes are left out,
        // as the routing benchmark leaves out its warm-up rounds.
        long warmUp = Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
        long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
        long[] sorted = latencies.stream().mapToLong(Long::longValue)
                .filter(latency -> sentAtByLatency.get(latency) - loadStarted[0] >= warmUp).sorted().toArray();
        report.append(String.format("Event -> scorecard, %d probes under a steady %d events/s for %d s (the %d sent"
                        + " in its first %d s left out): p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d probes unseen)%n",
                sorted.length, loadRate, loadSeconds, all.length - sorted.length, WARM_UP_SECONDS,
                percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6, pending.size()));
        long[] everything = java.util.Arrays.stream(all).sorted().toArray();
        report.append(String.format("  with the warm-up: p50 %.0f ms, p99 %.0f ms%n", percentile(everything, 0.50),
                percentile(everything, 0.99)));
        // Where the tail was: the slowest probes, with when they were sent.
        report.append("  slowest:");
        for (int i = everything.length - 1; i >= Math.max(0, everything.length - 5); i--) {
            report.append(String.format(" %.0f ms (sent at %.1f s)", everything[i] / 1e6,
                    (sentAtByLatency.get(everything[i]) - loadStarted[0]) / 1e9));
        }
        report.append('\n');
    }

    @SuppressWarnings("unchecked")
    private void watch(Map<String, Long> pending, List<Long> latencies, Map<Long, Long> sentAtByLatency) {
        while (!Thread.currentThread().isInterrupted()) {
            if (!pending.isEmpty()) {
                List<String> waiting = new ArrayList<>(pending.keySet());
                List<String> seen = TenantTransactions.allTenants("the benchmark watches its probe suppliers",
                        () -> entities.createNativeQuery(
                                "select tenant_id from supplier_scorecard where tenant_id in (:probes)")
                                .setParameter("probes", waiting).getResultList());
                long at = System.nanoTime();
                for (String probe : seen) {
                    Long sent = pending.remove(probe);
                    if (sent != null) {
                        latencies.add(at - sent);
                        sentAtByLatency.put(at - sent, sent);
                    }
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(2); // the polling interval of the reader
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A backlog published at once; answers the scoring consumer's events per second. */
    private double throughput(String run, List<String> buyers, StringBuilder report) {
        List<String> suppliers = IntStream.range(0, 200).mapToObj(i -> run + "-s" + i).toList();
        Instant now = Instant.now();
        ScoringHistory.History history = new ScoringHistory(23, now.minus(Duration.ofDays(365)),
                now.minus(Duration.ofDays(7)))
                .generate(suppliers, buyers, backlog / suppliers.size());
        ScoringHistory.storeOrders(entities, history.awards());
        // The consumer is held while the backlog is published, so the rate is the consumer's own, as
        // ConsumerPerformance's is: it reads records already in the topic, and so does the scoring consumer. The
        // service's other consumers (the buyers' order progress follows the same job events, one transaction each)
        // stay held until the scoring consumer is done, so the two cores are the scoring's as they are Kafka's.
        Set<String> others = consumers.names().stream().filter(name -> !name.equals(ScoringFollower.NAME))
                .collect(java.util.stream.Collectors.toSet());
        consumers.names().forEach(consumers::hold);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> consumers.names().stream().allMatch(consumers::holding));
        long publishing = System.nanoTime();
        Map<TopicPartition, Long> published;
        try {
            published = TopicWriter.publishAll(history.events());
        } finally {
            consumers.release(ScoringFollower.NAME);
        }
        long started = System.nanoTime();
        double publishSeconds = (started - publishing) / 1e9;
        try {
            assertThat(replay.awaitCommitted(ScoringFollower.NAME, published, Duration.ofMinutes(30))).isTrue();
        } finally {
            others.forEach(consumers::release);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = history.events().size() / seconds;
        marketplaceRecords = (int) history.events().stream()
                .filter(record -> record.topic().equals(ScoringHistory.MARKETPLACE)).count();
        report.append(String.format("Backlog of %,d events for %d suppliers (published in %.1f s, the service's"
                + " consumers held): scored in %.1f s"
                + " = %,.0f events/s%n", history.events().size(), suppliers.size(), publishSeconds, seconds, rate));
        return rate;
    }

    /** How many of the backlog's records went to routecard.marketplace (the rest are job shipments). */
    private int marketplaceRecords;

    /**
     * kafka-tools ConsumerPerformance on routecard.marketplace, as many records as the backlog put there; its
     * records/s.
     */
    private double consumerPerformance(StringBuilder report, int records) throws Exception {
        if (kafkaClasspath.isEmpty()) {
            report.append("Kafka ConsumerPerformance: skipped (-Dbench.kafka-classpath not given)\n");
            return 0;
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                kafkaClasspath.get(), "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server",
                TestStack.ensureUp().kafkaBootstrap(), "--topic", ScoringHistory.MARKETPLACE, "--messages",
                Integer.toString(records), "--timeout", "60000");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output.lines().forEach(lines::add);
        }
        process.waitFor(5, TimeUnit.MINUTES);
        // The header and one line: ..., data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms,
        // fetch.MB.sec, fetch.nMsg.sec
        String header = lines.stream().filter(line -> line.startsWith("start.time")).findFirst().orElse(null);
        if (header == null || lines.indexOf(header) + 1 >= lines.size()
                || lines.get(lines.indexOf(header) + 1).split(",").length < 10) {
            report.append("Kafka ConsumerPerformance failed:\n  ").append(String.join("\n  ", lines)).append('\n');
            return 0;
        }
        List<String> names = Arrays.stream(header.split(",")).map(String::strip).toList();
        String[] values = lines.get(lines.indexOf(header) + 1).split(",");
        Map<String, String> figures = new HashMap<>();
        for (int i = 0; i < names.size() && i < values.length; i++) {
            figures.put(names.get(i), values[i].strip());
        }
        double fetchRate = Double.parseDouble(figures.get("fetch.nMsg.sec"));
        report.append(String.format("Kafka ConsumerPerformance on %s: %s records, %,.0f records/s overall,"
                        + " %,.0f records/s fetching (after a %s ms rebalance)%n", ScoringHistory.MARKETPLACE,
                figures.get("data.consumed.in.nMsg"), Double.parseDouble(figures.get("nMsg.sec")), fetchRate,
                figures.get("rebalance.time.ms")));
        return fetchRate;
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.ensureUp().kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
