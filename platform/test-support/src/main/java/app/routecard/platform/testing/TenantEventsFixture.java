package app.routecard.platform.testing;

import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes tenant events to the shared stack's Kafka as tenant-service does, so a service's tests can check how
 * it reacts (e.g. to a suspension) without running tenant-service.
 */
public final class TenantEventsFixture {

    private TenantEventsFixture() {
    }

    public static void publish(String type, String tenantId, String slug, String status, String reason) {
        publish(type, tenantId, slug, status, reason, null);
    }

    /** With the tenant's time zone, as tenant-service's events carry it. */
    public static void publish(String type, String tenantId, String slug, String status, String reason,
                               String timeZone) {
        publish(type, tenantId, slug, null, status, reason, timeZone);
    }

    /** An active tenant's profile with its display name (tenant.updated), as tenant-service publishes it. */
    public static void named(String tenantId, String slug, String name) {
        publish("tenant.updated", tenantId, slug, name, "ACTIVE", null, null);
    }

    private static void publish(String type, String tenantId, String slug, String name, String status,
                                String reason, String timeZone) {
        String data = "{\"id\":\"" + tenantId + "\",\"slug\":\"" + slug + "\",\"status\":\"" + status + "\""
                + (name == null ? "" : ",\"name\":\"" + name + "\"")
                + (reason == null ? "" : ",\"suspensionReason\":\"" + reason + "\"")
                + (timeZone == null ? "" : ",\"timeZone\":\"" + timeZone + "\"") + "}";
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"tests\","
                + "\"type\":\"" + type + "\",\"subject\":\"" + tenantId + "\",\"time\":\"" + OffsetDateTime.now()
                + "\",\"datacontenttype\":\"application/json\",\"tenantid\":\"" + tenantId + "\",\"data\":" + data + "}";
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.ensureUp().kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("routecard.tenant", tenantId, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + type, e);
        }
    }
}
