package app.routecard.platform.outbox;

import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves outbox events to Kafka in their recorded order. An event is marked published only after Kafka
 * acknowledged it (acks=all, idempotent producer); when Kafka is down nothing is marked and the next pass
 * retries, so nothing is lost. Each pass is one Kafka transaction: consumers reading read_committed see every
 * event exactly once (a crash between Kafka's commit and the database's mark could still repeat one, so
 * consumers also deduplicate on the CloudEvent id).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final ObjectMapper json;
    private final String bootstrapServers;
    private final String transactionalId;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "quarkus.application.name") String application) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        // One relay per service: a second instance fences the first (run one replica of the relay).
        this.transactionalId = "routecard-outbox-" + application;
    }

    @Scheduled(every = "${routecard.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed (will retry): %s", e.getMessage());
        }
    }

    /** Publishes what is pending; returns how many events Kafka acknowledged in this pass. */
    public synchronized int publishPending() {
        int published = 0;
        while (true) {
            List<OutboxEvent> batch = TenantTransactions.allTenants("the outbox relay publishes every tenant's events",
                    () -> OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq").page(0, BATCH).list());
            if (batch.isEmpty()) {
                return published;
            }
            List<Long> acknowledged = send(batch);
            if (!acknowledged.isEmpty()) {
                TenantTransactions.allTenants("the outbox relay marks events published", () ->
                        OutboxEvent.update("publishedAt = ?1 where seq in ?2",
                                OffsetDateTime.now(ZoneOffset.UTC), acknowledged));
                published += acknowledged.size();
            }
            if (acknowledged.size() < batch.size()) {
                return published;
            }
        }
    }

    /**
     * Sends the batch in one Kafka transaction and returns the events it committed: all of them or none. A
     * failed or uncertain transaction is aborted (or, when Kafka is away, left to be aborted by the next
     * producer's initialisation), so read_committed consumers never see an event twice, even when an
     * acknowledgement was lost in an outage.
     */
    private List<Long> send(List<OutboxEvent> batch) {
        try {
            KafkaProducer<String, String> kafka = producer();
            kafka.beginTransaction();
            for (OutboxEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey,
                        CloudEvents.structured(json, event));
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                kafka.send(record);
            }
            kafka.commitTransaction();
            return batch.stream().map(event -> event.seq).toList();
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not commit %d outbox events; retrying later: %s", batch.size(), e.getMessage());
            discardProducer();
            return List.of();
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
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
                // Fences an earlier producer of this relay and aborts its unfinished transaction.
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(java.time.Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
