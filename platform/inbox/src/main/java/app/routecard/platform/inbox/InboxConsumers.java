package app.routecard.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs every {@link EventHandler} bean of the service: one thread and one Kafka consumer (group = the handler's
 * name, committed offsets, {@code read_committed}) each, reconnecting while Kafka is away. A record's offset is
 * committed only after it was applied, recognised as a duplicate, or kept as a dead letter; a crash in between
 * delivers it again, and the inbox makes that harmless. The lag of each consumer is the gauge
 * {@code routecard_inbox_lag{consumer=…}} (records behind the end of its topics).
 */
@ApplicationScoped
public class InboxConsumers {

    private static final Logger LOG = Logger.getLogger(InboxConsumers.class);

    private final Instance<EventHandler> handlers;
    private final InboxProcessor processor;
    private final MeterRegistry metrics;
    private final Optional<String> bootstrapServers;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private final List<KafkaConsumer<String, String>> consumers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Set<String> holding = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    public InboxConsumers(Instance<EventHandler> handlers, InboxProcessor processor, MeterRegistry metrics,
                          @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers) {
        this.handlers = handlers;
        this.processor = processor;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (bootstrapServers.isEmpty() || bootstrapServers.get().isBlank()) {
            LOG.warn("kafka.bootstrap.servers is not set: no event handler runs");
            return;
        }
        for (EventHandler handler : handlers) {
            AtomicLong lag = lags.computeIfAbsent(handler.name(), name -> new AtomicLong());
            Gauge.builder("routecard.inbox.lag", lag, AtomicLong::doubleValue)
                    .description("Records of the consumer's topics it has not processed yet")
                    .tag("consumer", handler.name()).register(metrics);
            Thread thread = new Thread(() -> consumeForever(handler, lag), "inbox-" + handler.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        consumers.forEach(KafkaConsumer::wakeup);
    }

    /**
     * Holds a consumer: it stays in its group and keeps its offsets but takes no records until {@link #release}, so
     * records pile up in Kafka (maintenance, or measuring how fast a backlog is worked off).
     */
    public void hold(String consumer) {
        held.add(consumer);
    }

    /** The names of the service's consumers (each handler's). */
    public Set<String> names() {
        return Set.copyOf(lags.keySet());
    }

    /** Whether the consumer has stopped taking records after {@link #hold}: its partitions are paused. */
    public boolean holding(String consumer) {
        return holding.contains(consumer);
    }

    /** Lets a held consumer take records again, from where it stopped. */
    public void release(String consumer) {
        held.remove(consumer);
    }

    /** The consumer's current lag, as the gauge reports it. */
    public long lag(String consumer) {
        AtomicLong lag = lags.get(consumer);
        return lag == null ? -1 : lag.get();
    }

    private void consumeForever(EventHandler handler, AtomicLong lag) {
        while (running) {
            try (KafkaConsumer<String, String> consumer = KafkaReaders.create(bootstrapServers.get(), handler.name(),
                    handler instanceof BatchEventHandler ? KafkaReaders.BATCH_RECORDS : 100)) {
                consumers.add(consumer);
                try {
                    consumer.subscribe(handler.topics(), new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {
                        }

                        @Override
                        public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
                            // Partitions assigned inside a poll are paused before it fetches from them.
                            if (held.contains(handler.name())) {
                                consumer.pause(partitions);
                            }
                        }
                    });
                    while (running) {
                        boolean hold = held.contains(handler.name());
                        holdOrRelease(consumer, hold);
                        if (hold && !consumer.assignment().isEmpty()) {
                            holding.add(handler.name());
                        } else {
                            holding.remove(handler.name());
                        }
                        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                        // Offsets are committed once per poll, not per record (a synchronous round trip each, which
                        // made a backlog of events the handler ignores take minutes): a record read again after a
                        // crash is found in the inbox and changes nothing.
                        Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
                        for (ConsumerRecord<String, String> record : records) {
                            if (!(handler instanceof BatchEventHandler)) {
                                processor.process(handler, record);
                            }
                            processed.put(new TopicPartition(record.topic(), record.partition()),
                                    new OffsetAndMetadata(record.offset() + 1));
                        }
                        if (handler instanceof BatchEventHandler batch && !records.isEmpty()) {
                            List<ConsumerRecord<String, String>> all = new ArrayList<>();
                            records.forEach(all::add);
                            processor.processAll(batch, all);
                        }
                        if (!processed.isEmpty()) {
                            consumer.commitSync(processed);
                        }
                        lag.set(lagOf(consumer));
                    }
                } finally {
                    consumers.remove(consumer);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("%s: consuming failed, reconnecting: %s", handler.name(), e.getMessage());
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Pauses every assigned partition (held) or resumes them all; the group membership stays as it is. */
    private static void holdOrRelease(KafkaConsumer<String, String> consumer, boolean hold) {
        if (hold) {
            consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    private static long lagOf(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> assigned = new ArrayList<>(consumer.assignment());
        if (assigned.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        long behind = 0;
        for (TopicPartition partition : assigned) {
            behind += Math.max(0, ends.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        return behind;
    }
}
