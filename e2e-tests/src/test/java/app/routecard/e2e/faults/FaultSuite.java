package app.routecard.e2e.faults;

import app.routecard.devstack.DevStack;
import app.routecard.devstack.Ports;
import app.routecard.devstack.Replicas;
import app.routecard.devstack.Service;
import app.routecard.devstack.StackLayout;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The marketplace run the way a busy network runs it, on a stack of its own with replicas, while parts of it are
 * killed one at a time; then the books. {@link FaultSuiteIT} runs a reduced plan in the build, {@code bench/faults.sh}
 * the full one. Every process it kills or stops is one this stack started, found by its PID file.
 */
final class FaultSuite {

    /** What to inject, in order, while the load runs. */
    enum Fault {
        MARKETPLACE_REPLICA_KILLED("a marketplace replica SIGKILLed"),
        JOB_RELAY_HOLDER_KILLED("the job-service relay holder SIGKILLed"),
        MARKETPLACE_RELAY_HOLDER_KILLED("the marketplace relay holder SIGKILLed"),
        NOTIFICATIONS_REPLICA_KILLED("a notifications replica SIGKILLed"),
        KAFKA_KILLED("Kafka SIGKILLed and restarted"),
        POSTGRES_RESTARTED("PostgreSQL restarted"),
        KEYCLOAK_STOPPED("Keycloak stopped for 30 s"),
        S3_STOPPED("S3 stopped for 30 s"),
        SMTP_STOPPED("SMTP stopped for 30 s");

        final String words;

        Fault(String words) {
            this.words = words;
        }
    }

    /** How big a run: replicas, events to reach, buyers working at once, and the faults. */
    record Plan(Replicas replicas, long events, int workers, List<Fault> faults) {

        static Plan reduced() {
            return new Plan(Replicas.parse("portal=2,marketplace-service=2,job-service=2"), 2000, 4,
                    List.of(Fault.MARKETPLACE_REPLICA_KILLED, Fault.JOB_RELAY_HOLDER_KILLED, Fault.KAFKA_KILLED));
        }

        static Plan full() {
            return new Plan(Replicas.parse("portal=2,marketplace-service=3,job-service=2,notifications-service=2"), 10_000, 6,
                    List.of(Fault.values()));
        }
    }

    /** One fault as it went: when, how long the part was away, and how long the product took to heal. */
    record Outcome(Fault fault, long atEvents, Duration partAway, Duration relayTakeover, Duration firstWrite,
                   Duration backlogPublished) {
    }

    /** What a run found. */
    record Report(long events, Duration loadTime, int flowsDone, Map<String, Integer> abandoned,
                  List<Outcome> outcomes, Map<Integer, Long> statuses, List<String> violations,
                  List<String> transportErrors, Map<String, Integer> portalPages, List<String> portalViolations,
                  List<String> problems, Map<String, Long> figures, JsonNode rebuild) {
    }

    static final int INFRA_PORT_BASE = 28000;
    static final int SERVICES_PORT_BASE = 28800;

    private final Plan plan;
    private final PrintStream out;
    private final StackLayout stack;
    private final DevStack devStack;
    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FaultSuite(Path root, Plan plan, PrintStream out) {
        this.plan = plan;
        this.out = out;
        this.stack = new StackLayout(root, root.resolve("e2e-tests/target/fault-stack"),
                Ports.fromBases(INFRA_PORT_BASE, SERVICES_PORT_BASE), null);
        this.devStack = new DevStack(stack, plan.replicas());
        this.api = new Api(stack);
    }

    StackLayout stack() {
        return stack;
    }

    /** Starts the stack afresh with the plan's replicas, the demo tenants and the shops' profiles. */
    void start() throws Exception {
        if (!devStack.livePids().isEmpty()) {
            throw new IllegalStateException("A fault stack is running already: " + devStack.livePids());
        }
        app.routecard.devstack.Distributions.deleteTree(stack.home());
        devStack.up(true, false, out);
    }

    void stop() {
        devStack.down(out);
    }

    Report run() throws Exception {
        for (String shop : OrderFlow.SHOPS) {
            roomForTheLoad(shop);
        }
        WebhookReceiver webhooks = new WebhookReceiver();
        Api.Answer endpoint = api.send("POST", Service.NOTIFICATIONS, "/api/webhooks/endpoints", "alex@acme.example",
                Map.of("url", webhooks.url(), "description", "fault run", "eventTypes", List.of()));
        if (endpoint.status() != 201) {
            throw new IllegalStateException("Could not add the fault run's webhook endpoint: " + endpoint.body());
        }
        // Offers and awards reach shop admins by e-mail at once (the default), so the run sends mail too.
        PortalProbe portal = new PortalProbe(stack, stack.home().resolve("screenshots"));
        portal.start();
        Instant since = Instant.now();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger done = new AtomicInteger();
        Map<String, Integer> abandoned = new ConcurrentHashMap<>();
        ExecutorService buyers = Executors.newFixedThreadPool(plan.workers());
        long began = System.nanoTime();
        for (int w = 0; w < plan.workers(); w++) {
            int worker = w;
            buyers.submit(() -> {
                int n = worker;
                while (loading.get()) {
                    try {
                        new OrderFlow(api, n).run();
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        abandoned.merge(e.getMessage() == null ? e.toString() : e.getMessage().replaceAll(
                                "[0-9a-f]{8}-[0-9a-f-]{27}", "<id>"), 1, Integer::sum);
                    }
                    n += plan.workers();
                }
            });
        }
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < plan.faults().size(); i++) {
                long at = plan.events() * (i + 1) / (plan.faults().size() + 1);
                awaitEvents(since, at, began);
                outcomes.add(inject(plan.faults().get(i), counted(() -> Books.eventsSince(stack, since))));
            }
            awaitEvents(since, plan.events(), began);
        } finally {
            loading.set(false);
            buyers.shutdown();
            buyers.awaitTermination(10, TimeUnit.MINUTES);
        }
        Duration loadTime = Duration.ofNanos(System.nanoTime() - began);
        settle();
        portal.close();
        Books books = new Books(stack, since);
        books.check(webhooks.received());
        webhooks.close();
        JsonNode rebuild = api.send("POST", Service.MARKETPLACE, "/api/operations/scoring/rebuild",
                "olivia@routecard.example", null).body();
        List<String> problems = new ArrayList<>(books.problems());
        if (!rebuild.path("differences").isEmpty() || !rebuild.path("liveCaughtUp").asBoolean()) {
            problems.add("scorecards differ from a replay of the topics: " + rebuild.path("differences"));
        }
        return new Report(Books.eventsSince(stack, since), loadTime, done.get(), Map.copyOf(abandoned), outcomes,
                api.statuses(), api.violations(), api.transportErrors(), portal.outcomes(), portal.violations(),
                problems, books.figures(), rebuild);
    }

    /** Gives a shop's profile room for the load's open offers and jobs (the demo profile allows 10 and 5). */
    private void roomForTheLoad(String shop) {
        JsonNode profile = api.get(Service.MARKETPLACE, "/api/profile", shop).body();
        com.fasterxml.jackson.databind.node.ObjectNode roomy = profile.deepCopy();
        roomy.put("maxOpenOffers", 500).put("maxOpenJobs", 500);
        List.of("configured", "updatedAt", "updatedBy").forEach(roomy::remove);
        Api.Answer saved = api.send("PUT", Service.MARKETPLACE, "/api/profile", shop, roomy);
        if (saved.status() != 200) {
            throw new IllegalStateException("Could not give " + shop + " room for the load: " + saved.body());
        }
    }

    /** A count from the databases, or -1 while PostgreSQL is away (a fault of the run). */
    private interface Count {
        long read() throws SQLException;
    }

    private static long counted(Count count) {
        try {
            return count.read();
        } catch (SQLException e) {
            return -1;
        }
    }

    private void awaitEvents(Instant since, long events, long began) {
        long lastReport = 0;
        long seen;
        while ((seen = counted(() -> Books.eventsSince(stack, since))) < events) {
            long seconds = (System.nanoTime() - began) / 1_000_000_000L;
            if (seconds - lastReport >= 30) {
                out.printf(Locale.ROOT, "  %d s: %d of %d events%n", seconds, seen, events);
                lastReport = seconds;
            }
            if (seconds > 1800) {
                throw new IllegalStateException("The load did not reach " + events + " events in 30 minutes");
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    private Outcome inject(Fault fault, long atEvents) throws Exception {
        out.printf(Locale.ROOT, "  at %d events: %s%n", atEvents, fault.words);
        Duration takeover = null;
        long away;
        long back;
        switch (fault) {
            case MARKETPLACE_REPLICA_KILLED, NOTIFICATIONS_REPLICA_KILLED -> {
                Service service = fault == Fault.MARKETPLACE_REPLICA_KILLED ? Service.MARKETPLACE
                        : Service.NOTIFICATIONS;
                String replica = service.module() + "-1";
                away = System.nanoTime();
                devStack.kill(replica);
                devStack.start(replica, out);
                back = System.nanoTime();
            }
            case JOB_RELAY_HOLDER_KILLED, MARKETPLACE_RELAY_HOLDER_KILLED -> {
                Service service = fault == Fault.JOB_RELAY_HOLDER_KILLED ? Service.JOB : Service.MARKETPLACE;
                int holder = relayHolder(service).orElseThrow(() ->
                        new IllegalStateException("no replica of " + service.module() + " holds the relay"));
                String replica = service.module() + "-" + holder;
                away = System.nanoTime();
                devStack.kill(replica);
                int successor = awaitOtherHolder(service, holder);
                takeover = Duration.ofNanos(System.nanoTime() - away);
                out.printf(Locale.ROOT, "    %s-%d took the relay over in %d ms%n", service.module(), successor,
                        takeover.toMillis());
                devStack.start(replica, out);
                back = System.nanoTime();
            }
            case KAFKA_KILLED, POSTGRES_RESTARTED -> {
                String name = fault == Fault.KAFKA_KILLED ? "kafka" : "postgres";
                away = System.nanoTime();
                if (fault == Fault.KAFKA_KILLED) {
                    devStack.kill(name);
                } else {
                    devStack.stop(name);
                }
                devStack.start(name, out);
                back = System.nanoTime();
            }
            default -> {
                String name = switch (fault) {
                    case KEYCLOAK_STOPPED -> "keycloak";
                    case S3_STOPPED -> "s3";
                    default -> "mail";
                };
                away = System.nanoTime();
                devStack.stop(name);
                LockSupport.parkNanos(Duration.ofSeconds(30).toNanos()); // the outage itself, not a wait on a result
                devStack.start(name, out);
                back = System.nanoTime();
            }
        }
        Instant backAt = Instant.now();
        Duration firstWrite = awaitWriteAfter(back);
        Duration published = awaitBacklogPublished(backAt);
        return new Outcome(fault, atEvents, Duration.ofNanos(back - away), takeover, firstWrite, published);
    }

    private Optional<Integer> relayHolder(Service service) {
        for (int n = 1; n <= plan.replicas().of(service); n++) {
            if (relayActive(stack.ports().replica(service, n))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private int awaitOtherHolder(Service service, int old) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            for (int n = 1; n <= plan.replicas().of(service); n++) {
                if (n != old && relayActive(stack.ports().replica(service, n))) {
                    return n;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException("no other replica of " + service.module() + " took the relay within 60 s");
    }

    private boolean relayActive(int port) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/q/metrics")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines().anyMatch(line -> line.startsWith("routecard_outbox_relay_active")
                    && line.trim().endsWith(" 1.0"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** From the part's return to the first write the load got answered 2xx. */
    private Duration awaitWriteAfter(long back) {
        long until = back + Duration.ofSeconds(120).toNanos();
        while (api.lastSuccessfulWrite() < back && System.nanoTime() < until) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return Duration.ofNanos(Math.max(0, api.lastSuccessfulWrite() - back));
    }

    /** From the part's return until every event recorded before it is on Kafka. */
    private Duration awaitBacklogPublished(Instant backAt) {
        long begin = System.nanoTime();
        long until = begin + Duration.ofSeconds(180).toNanos();
        while (counted(() -> Books.unpublishedBefore(stack, backAt)) != 0 && System.nanoTime() < until) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Until every outbox is empty and every consumer of every instance has no lag. */
    private void settle() {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int quietReads = 0;
        while (quietReads < 3 && System.nanoTime() < until) {
            quietReads = counted(() -> Books.unpublished(stack)) == 0 && totalLag() == 0 ? quietReads + 1 : 0;
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        if (quietReads < 3) {
            out.println("  the product did not settle within 5 minutes: the books are read as they are");
        }
    }

    private long totalLag() {
        long lag = 0;
        for (DevStack.ComponentStatus status : devStack.status()) {
            if (status.pid().isEmpty() || !status.endpoint().contains("swagger-ui")) {
                continue;
            }
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + status.port() + "/q/metrics")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (String line : metrics.body().lines().toList()) {
                    if (line.startsWith("routecard_inbox_lag{")) {
                        lag += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            } catch (IOException | RuntimeException e) {
                lag += 1; // an instance that does not answer has not settled
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return lag;
    }

    static void print(Report report, Plan plan, PrintStream out) {
        out.printf(Locale.ROOT, "%nFault run: %s, %d buyers at once, %d events in %.0f s (%d orders done)%n",
                plan.replicas(), plan.workers(), report.events(), report.loadTime().toMillis() / 1000.0,
                report.flowsDone());
        out.printf(Locale.ROOT, "%-42s %9s %10s %10s %12s %14s%n", "fault", "at event", "part away", "takeover",
                "first write", "backlog on Kafka");
        for (Outcome outcome : report.outcomes()) {
            out.printf(Locale.ROOT, "%-42s %9d %9.1fs %10s %11.1fs %13.1fs%n", outcome.fault().words,
                    outcome.atEvents(), outcome.partAway().toMillis() / 1000.0,
                    outcome.relayTakeover() == null ? "-" : String.format(Locale.ROOT, "%.1fs",
                            outcome.relayTakeover().toMillis() / 1000.0),
                    outcome.firstWrite().toMillis() / 1000.0, outcome.backlogPublished().toMillis() / 1000.0);
        }
        out.println("Answers by status (-1: no answer, tried again): " + report.statuses());
        report.transportErrors().forEach(error -> out.println("  no answer: " + error));
        report.figures().forEach((what, count) -> out.printf(Locale.ROOT, "  %-62s %d%n", what, count));
        out.printf(Locale.ROOT, "  scorecards equal to a replay: %d of %d%n", report.rebuild().path("equal").asInt(),
                report.rebuild().path("suppliers").asInt());
        if (!report.abandoned().isEmpty()) {
            out.println("Orders abandoned (the load's, not the books'): " + report.abandoned());
        }
        out.println("Portal pages opened during the run: " + report.portalPages());
        out.println("Portal pages that break the rules: " + (report.portalViolations().isEmpty() ? "none"
                : report.portalViolations()));
        out.println("API answers that break the rules: " + (report.violations().isEmpty() ? "none"
                : report.violations()));
        out.println("Problems in the books: " + (report.problems().isEmpty() ? "none" : report.problems()));
    }
}
