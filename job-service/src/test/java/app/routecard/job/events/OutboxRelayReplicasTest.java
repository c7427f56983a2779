package app.routecard.job.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.routecard.platform.outbox.IntegrationEvent;
import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.outbox.OutboxRelay;
import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay with several replicas on one database: relays built as each replica builds its own, racing for
 * the same outbox. The service's own relay stands by meanwhile, so the test decides who runs.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class OutboxRelayReplicasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "routecard.relaytest";
    private static final String TENANT = "relay-test-tenant";

    @Inject
    ObjectMapper json;
    @Inject
    ExclusiveRuns runs;
    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay serviceRelay;
    @Inject
    DataSource database;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final List<OutboxRelay> replicas = new ArrayList<>();

    @BeforeEach
    void theServicesRelayStandsBy() {
        serviceRelay.standBy();
    }

    @AfterEach
    void replicasGoAndTheServicesRelayRejoins() {
        replicas.forEach(OutboxRelay::standBy);
        serviceRelay.rejoin();
    }

    private OutboxRelay replica() {
        OutboxRelay relay = new OutboxRelay(json, bootstrap, "job-service", runs);
        replicas.add(relay);
        return relay;
    }

    /** One aggregate's event, {@code n} its place in the aggregate's history. */
    record Step(String aggregate, int n) {
    }

    private UUID record(String aggregate, int n) {
        return TenantTransactions.forTenant(TENANT, () -> outbox.record(
                new IntegrationEvent("relaytest.step", aggregate, TENANT, new Step(aggregate, n))));
    }

    @Test
    void three_replicas_racing_while_the_holder_dies_twice_publish_every_event_once_in_order_per_aggregate()
            throws Exception {
        List<OutboxRelay> relays = List.of(replica(), replica(), replica());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger published = new AtomicInteger();
        ExecutorService schedulers = Executors.newFixedThreadPool(relays.size());
        List<Future<?>> loops = new ArrayList<>();
        for (OutboxRelay relay : relays) {
            loops.add(schedulers.submit(() -> {
                while (running.get()) {
                    try {
                        published.addAndGet(relay.publishPending());
                    } catch (RuntimeException e) {
                        // a pass that failed (its session was ended under it) is left to the next pass
                    }
                    // the pace of a replica's scheduler
                    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
            }));
        }
        Map<String, List<UUID>> written = new LinkedHashMap<>();
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            aggregates.add("agg-" + UUID.randomUUID());
        }
        int holdersEnded = 0;
        try {
            for (int n = 0; n < 50; n++) {
                for (String aggregate : aggregates) {
                    written.computeIfAbsent(aggregate, k -> new ArrayList<>()).add(record(aggregate, n));
                }
                if (n == 15 || n == 35) {
                    await().atMost(Duration.ofSeconds(20)).until(() -> relays.stream().anyMatch(OutboxRelay::active));
                    holdersEnded += endHoldersSession();
                }
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> unpublished(written) == 0);
        } finally {
            running.set(false);
            for (Future<?> loop : loops) {
                loop.get();
            }
            schedulers.shutdown();
        }
        assertThat(holdersEnded).as("sessions of the relay's holder ended").isEqualTo(2);
        assertThat(published.get()).isGreaterThanOrEqualTo(600);

        Map<String, List<UUID>> seen = new HashMap<>();
        Map<String, Integer> partitions = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(TOPIC)) {
            if (!written.containsKey(record.key())) {
                continue;
            }
            UUID id = UUID.fromString(JSON.readTree(record.value()).path("id").asText());
            ids.add(id.toString());
            seen.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(id);
            assertThat(partitions.computeIfAbsent(record.key(), k -> record.partition()))
                    .as("partition of " + record.key()).isEqualTo(record.partition());
        }
        assertThat(ids).hasSize(600).doesNotHaveDuplicates();
        assertThat(seen).isEqualTo(written);
    }

    @Test
    void a_holder_that_died_after_kafka_committed_but_before_its_mark_has_its_batch_marked_by_the_next_not_sent_again()
            throws Exception {
        OutboxRelay first = replica();
        OutboxRelay next = replica();
        String aggregate = "agg-" + UUID.randomUUID();
        List<UUID> events = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            events.add(record(aggregate, n));
        }
        assertThat(first.publishPending()).isGreaterThanOrEqualTo(5);
        assertThat(next.publishPending()).as("a replica that does not hold the lock publishes nothing").isZero();
        // The state a crash between Kafka's commit and the database's mark leaves: committed, not marked.
        assertThat(markUnpublished(events)).isEqualTo(5);
        assertThat(endHoldersSession()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            next.publishPending();
            return next.active();
        });
        assertThat(unpublished(Map.of(aggregate, events))).isZero();
        assertThat(first.publishPending()).as("the old holder, its session gone, finds the lock taken").isZero();
        assertThat(first.active()).isFalse();

        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(TOPIC)) {
            if (aggregate.equals(record.key())) {
                ids.add(JSON.readTree(record.value()).path("id").asText());
            }
        }
        assertThat(ids).containsExactlyElementsOf(events.stream().map(UUID::toString).toList());
    }

    /** Ends the database session that holds the relay's lock, as the holder's death would; answers how many. */
    private int endHoldersSession() throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet ended = statement.executeQuery("""
                     select pg_terminate_backend(pid) from pg_stat_activity
                     where application_name like 'routecard outbox relay job-service%'""")) {
            int count = 0;
            while (ended.next()) {
                if (ended.getBoolean(1)) {
                    count++;
                }
            }
            return count;
        }
    }

    private int markUnpublished(List<UUID> events) {
        return TenantTransactions.forTenant(TENANT, () -> {
            int changed = 0;
            for (UUID event : events) {
                changed += app.routecard.platform.outbox.OutboxEvent.update(
                        "publishedAt = null where eventId = ?1", event);
            }
            return changed;
        });
    }

    private long unpublished(Map<String, List<UUID>> written) {
        List<UUID> all = written.values().stream().flatMap(List::stream).toList();
        return TenantTransactions.forTenant(TENANT, () -> app.routecard.platform.outbox.OutboxEvent.count(
                "eventId in ?1 and publishedAt is null", all));
    }
}
