package app.routecard.platform.outbox;

import app.routecard.platform.service.replicas.ExclusiveRuns;
import app.routecard.platform.service.replicas.ReplicaLock;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves outbox events to Kafka in their recorded order, on one replica of the service at a time.
 *
 * <ul>
 *   <li><b>One active relay.</b> A replica publishes only while it holds the relay's {@link ReplicaLock} (a
 *   PostgreSQL advisory lock on a session of its own). When the holder dies its session ends, and another replica
 *   takes the lock at its next pass, within about a second.</li>
 *   <li><b>A stale holder is fenced.</b> Every replica uses the service's one Kafka transactional id, so the new
 *   holder's {@code initTransactions} aborts whatever the old one had open and makes its later commits fail.</li>
 *   <li><b>Nothing published twice.</b> Each batch is one Kafka transaction that also writes the batch's outbox
 *   sequence numbers to the service's progress topic ({@link RelayProgress}). An event is marked published in the
 *   database after Kafka committed it; when that mark is lost (the replica died, or PostgreSQL restarted in
 *   between), the next holder reads the last committed batch from the progress topic and marks it before it sends
 *   anything, instead of sending it again.</li>
 *   <li><b>Nothing lost, order kept.</b> Nothing is marked until Kafka acknowledged it (acks=all, idempotent
 *   producer), batches go one after another in sequence order, and consumers read {@code read_committed}.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String application;
    private final String transactionalId;
    private final ReplicaLock lock;
    private final RelayProgress progress;
    private KafkaProducer<String, String> producer;
    /** Sequence numbers Kafka committed whose mark in the database failed: marked before anything else is sent. */
    private List<Long> unmarked = List.of();
    private volatile boolean standingBy;

    @Inject
    public OutboxRelay(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String application, ExclusiveRuns runs,
                       MeterRegistry metrics) {
        this(json, bootstrapServers, application, runs);
        Gauge.builder("routecard.outbox.relay.active", this, relay -> relay.lock.held() ? 1 : 0)
                .description("1 on the replica whose outbox relay holds the lock and publishes, 0 on the others")
                .register(metrics);
    }

    /** A relay of its own (a test stands two of them side by side as two replicas would be). */
    public OutboxRelay(ObjectMapper json, String bootstrapServers, String application, ExclusiveRuns runs) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.application = application;
        // One id for every replica of the service: a new holder's producer fences the one before it.
        this.transactionalId = "routecard-outbox-" + application;
        this.lock = runs.lock("routecard outbox relay " + application);
        this.progress = new RelayProgress(json, bootstrapServers, application);
    }

    @Scheduled(every = "${routecard.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "The outbox relay could not publish", this::publishPending);
    }

    /** Whether this relay held the lock at its last pass. */
    public boolean active() {
        return lock.held();
    }

    /**
     * Publishes what is pending if this replica holds the relay's lock; returns how many events Kafka acknowledged
     * in this pass (0 on a replica that does not hold it).
     */
    public synchronized int publishPending() {
        if (standingBy || !lock.hold()) {
            if (producer != null) {
                LOG.infof("Outbox relay of %s: another replica holds the relay now; this one stands by",
                        application);
                discardProducer();
            }
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        if (!unmarked.isEmpty()) {
            markPublished(unmarked);
            unmarked = List.of();
        }
        int published = 0;
        while (true) {
            List<OutboxEvent> batch = TenantTransactions.allTenants("the outbox relay publishes every tenant's events",
                    () -> OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq").page(0, BATCH).list());
            if (batch.isEmpty()) {
                return published;
            }
            List<Long> committed = send(kafka, batch);
            if (committed.isEmpty()) {
                return published;
            }
            unmarked = committed;
            markPublished(committed);
            unmarked = List.of();
            published += committed.size();
        }
    }

    private static void markPublished(List<Long> seqs) {
        TenantTransactions.allTenants("the outbox relay marks events published", () ->
                OutboxEvent.update("publishedAt = ?1 where seq in ?2 and publishedAt is null",
                        OffsetDateTime.now(ZoneOffset.UTC), seqs));
    }

    /**
     * Sends the batch and its progress record in one Kafka transaction and returns the events it committed: all of
     * them or none. A failed or uncertain transaction is aborted (or, when Kafka is away, left to be aborted by the
     * next producer's initialisation), so read_committed consumers never see an event twice.
     */
    private List<Long> send(KafkaProducer<String, String> kafka, List<OutboxEvent> batch) {
        List<Long> seqs = new ArrayList<>(batch.size());
        try {
            kafka.beginTransaction();
            for (OutboxEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey,
                        CloudEvents.structured(json, event));
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                kafka.send(record);
                seqs.add(event.seq);
            }
            kafka.send(progress.record(lockHolder(), seqs));
            kafka.commitTransaction();
            return seqs;
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not commit %d outbox events; retrying later: %s", batch.size(), e.getMessage());
            discardProducer();
            return List.of();
        }
    }

    private String lockHolder() {
        return ReplicaLock.holderLabel(application);
    }

    /**
     * The producer, made on the first pass as holder: its initialisation fences the previous holder, then the last
     * batch that holder committed is marked published (it may have died before it could).
     */
    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            KafkaProducer<String, String> created =
                    new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
            try {
                progress.ensureTopic();
                // Fences the previous holder's producer and completes or aborts its open transaction...
                created.initTransactions();
                // ...so the progress topic now tells what it committed last.
                List<Long> committedBefore = progress.lastCommittedBatch();
                if (!committedBefore.isEmpty()) {
                    markPublished(committedBefore);
                }
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
            LOG.infof("Outbox relay of %s is active on this replica", application);
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        standBy();
    }

    /**
     * Stops publishing on this replica and lets the lock go, so another replica takes over at its next pass (before
     * maintenance, and at shutdown); {@link #rejoin()} lets this one compete for the lock again.
     */
    public synchronized void standBy() {
        standingBy = true;
        stop();
    }

    public void rejoin() {
        standingBy = false;
    }

    /** Closes the producer and lets the lock go, so another replica takes over at once. */
    private synchronized void stop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        lock.close();
    }
}
