package app.routecard.platform.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps {@link SuspendedTenants}, {@link TenantCalendars} and {@link TenantNames} current from the tenant events: at start it replays
 * the whole topic (the view is the last event per tenant, so a replay rebuilds it exactly and redeliveries change
 * nothing), then follows new events. Runs on its own thread, reconnecting when Kafka is away.
 */
@ApplicationScoped
public class TenantStatusFollower {

    static final String TOPIC = "routecard.tenant";
    private static final Logger LOG = Logger.getLogger(TenantStatusFollower.class);

    private final SuspendedTenants suspendedTenants;
    private final TenantCalendars calendars;
    private final TenantNames names;
    private final ObjectMapper json;
    private final Optional<String> bootstrapServers;
    private volatile boolean running = true;
    private volatile boolean caughtUp;
    private Thread thread;
    private volatile KafkaConsumer<String, String> current;

    public TenantStatusFollower(SuspendedTenants suspendedTenants, TenantCalendars calendars, TenantNames names,
                                ObjectMapper json,
                                @ConfigProperty(name = "kafka.bootstrap.servers") Optional<String> bootstrapServers) {
        this.suspendedTenants = suspendedTenants;
        this.calendars = calendars;
        this.names = names;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
    }

    /** Whether the view has read every tenant event that existed when the service started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    void start(@Observes StartupEvent event) {
        start(LaunchMode.current());
    }

    void start(LaunchMode mode) {
        if (bootstrapServers.isEmpty() || bootstrapServers.get().isBlank()) {
            // Fail closed: a service that cannot learn of suspensions would serve suspended tenants. It does not
            // start in production; elsewhere it starts but never reports ready.
            if (refusesToStartWithoutKafka(mode)) {
                throw new IllegalStateException("kafka.bootstrap.servers is not set: this service cannot follow"
                        + " tenant suspensions and will not start. Set KAFKA_BOOTSTRAP_SERVERS.");
            }
            LOG.error("kafka.bootstrap.servers is not set: tenant suspensions cannot be followed; readiness stays"
                    + " DOWN");
            return;
        }
        thread = new Thread(this::followForever, "tenant-status-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** Only development and test runs may start without knowing suspensions (and they stay not ready). */
    static boolean refusesToStartWithoutKafka(LaunchMode mode) {
        return !mode.isDevOrTest();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> consumer = current;
        if (consumer != null) {
            consumer.wakeup(); // ends a blocking poll without interrupting the client's own close
        }
    }

    private void followForever() {
        while (running) {
            try (KafkaConsumer<String, String> consumer = consumer()) {
                current = consumer;
                follow(consumer);
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Following tenant events failed, reconnecting: %s", e.getMessage());
                    pause(Duration.ofSeconds(2));
                }
            }
        }
    }

    private void follow(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = List.of();
        while (running && partitions.isEmpty()) {
            List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10));
            partitions = infos == null ? List.of()
                    : infos.stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            if (partitions.isEmpty()) {
                pause(Duration.ofSeconds(1));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> endAtStart = consumer.endOffsets(partitions);
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                apply(record.value());
            }
            if (!caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= endAtStart.get(p))) {
                caughtUp = true;
                LOG.info("Tenant status view caught up with the tenant events");
            }
        }
    }

    void apply(String cloudEvent) {
        try {
            JsonNode event = json.readTree(cloudEvent);
            String type = event.path("type").asText();
            String tenantId = event.path("tenantid").asText();
            if (tenantId.isEmpty()) {
                return;
            }
            if (type.startsWith("tenant.")) {
                calendars.zone(tenantId, event.path("data").path("timeZone").asText(null));
                names.name(tenantId, event.path("data").path("name").asText(null));
                names.colour(tenantId, event.path("data").path("brandColour").asText(null));
            }
            if ("SUSPENDED".equals(event.path("data").path("status").asText())) {
                suspendedTenants.suspended(tenantId, event.path("data").path("suspensionReason").asText(null));
            } else if (type.startsWith("tenant.")) {
                suspendedTenants.reinstated(tenantId);
            }
        } catch (java.io.IOException e) {
            LOG.warnf("Ignoring an unreadable tenant event: %s", e.getMessage());
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.get());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
