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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves outbox events to Kafka in their recorded order. An event is marked published only after Kafka
 * acknowledged it (acks=all, idempotent producer); when Kafka is down nothing is marked and the next pass
 * retries, so nothing is lost. Within one aggregate, no event is marked after one that failed.
 * Delivery is at least once: consumers deduplicate on the CloudEvent id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final ObjectMapper json;
    private final String bootstrapServers;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(ObjectMapper json, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.json = json;
        this.bootstrapServers = bootstrapServers;
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
     * Sends the batch and returns the events Kafka acknowledged. Every send is awaited, so an event that went
     * out is marked even when another one (of another aggregate, on another partition) failed; within one
     * aggregate nothing after a failed event counts, so a retry never puts its events out of order.
     */
    private List<Long> send(List<OutboxEvent> batch) {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try {
            for (OutboxEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey,
                        CloudEvents.structured(json, event));
                record.headers().add("content-type", CloudEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                sends.add(kafka.send(record));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Kafka did not take outbox events (%d of %d handed over); retrying later: %s",
                    sends.size(), batch.size(), e.getMessage());
        }
        List<Long> acknowledged = new ArrayList<>();
        java.util.Set<String> failedAggregates = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            boolean sent = false;
            if (i < sends.size()) {
                try {
                    sends.get(i).get(30, TimeUnit.SECONDS);
                    sent = true;
                } catch (Exception e) {
                    LOG.debugf("Outbox event %s not acknowledged: %s", event.eventId, e.getMessage());
                }
            }
            if (sent && !failedAggregates.contains(event.eventKey)) {
                acknowledged.add(event.seq);
            } else {
                failedAggregates.add(event.eventKey);
            }
        }
        if (acknowledged.size() < batch.size()) {
            LOG.warnf("Kafka acknowledged %d of %d outbox events; the rest are retried", acknowledged.size(),
                    batch.size());
        }
        return acknowledged;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
            config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
