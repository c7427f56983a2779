package app.routecard.e2e.faults;

import app.routecard.devstack.DevCredentials;
import app.routecard.devstack.Service;
import app.routecard.devstack.StackLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The books of a fault run, read from the databases (as PostgreSQL's superuser, past row-level security) and the
 * topics (read_committed, as consumers read them) once the product has settled: what must hold whatever was killed.
 * Each check adds what it found wrong to {@link #problems()}; {@link #figures()} says how much was checked.
 */
final class Books {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One outbox row: the service that recorded it, its sequence number, topic and key. */
    record Recorded(String service, long seq, String topic, String key, String type, boolean published) {
    }

    private final StackLayout stack;
    private final Instant since;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Long> figures = new java.util.LinkedHashMap<>();
    private final Map<String, Recorded> recorded = new HashMap<>();
    private final Map<String, List<ConsumerRecord<String, String>>> onTopics = new HashMap<>();

    Books(StackLayout stack, Instant since) {
        this.stack = stack;
        this.since = since;
    }

    List<String> problems() {
        return problems;
    }

    Map<String, Long> figures() {
        return figures;
    }

    /** Outbox rows recorded since the run began, across every service. */
    static long eventsSince(StackLayout stack, Instant since) throws SQLException {
        long events = 0;
        for (Service service : Service.values()) {
            try (Connection db = connect(stack, service); Statement statement = db.createStatement()) {
                if (!hasTable(db, "outbox_event")) {
                    continue;
                }
                try (ResultSet count = statement.executeQuery("select count(*) from outbox_event where occurred_at >= '"
                        + Timestamp.from(since) + "'")) {
                    count.next();
                    events += count.getLong(1);
                }
            }
        }
        return events;
    }

    /** Outbox rows of every service not yet published. */
    static long unpublished(StackLayout stack) throws SQLException {
        return unpublishedBefore(stack, null);
    }

    /** Outbox rows recorded before {@code moment} (all, when null) not yet published. */
    static long unpublishedBefore(StackLayout stack, Instant moment) throws SQLException {
        long waiting = 0;
        for (Service service : Service.values()) {
            try (Connection db = connect(stack, service); Statement statement = db.createStatement()) {
                if (hasTable(db, "outbox_event")) {
                    try (ResultSet count = statement.executeQuery(
                            "select count(*) from outbox_event where published_at is null" + (moment == null ? ""
                                    : " and occurred_at < '" + Timestamp.from(moment) + "'"))) {
                        count.next();
                        waiting += count.getLong(1);
                    }
                }
            }
        }
        return waiting;
    }

    void check(Map<String, List<String>> webhooks) throws SQLException, IOException {
        readOutboxes();
        readTopics();
        everyEventPublishedOnceInOrder();
        everyEventAppliedOncePerConsumer();
        marketplaceDidEachThingOnce();
        notificationsMadeOnce();
        everyMailDeliveredOnce();
        everyWebhookMessageDeliveredUnderOneId(webhooks);
    }

    /** Every e-mail the sender marked sent during the run reached GreenMail, and none came twice. */
    private void everyMailDeliveredOnce() throws SQLException {
        Set<String> sent = new HashSet<>();
        try (Connection db = connect(stack, Service.NOTIFICATIONS); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id::text from email_message where status = 'SENT'"
                     + " and sent_at >= '" + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                sent.add(rows.getString(1));
            }
        }
        Map<String, Integer> delivered = new HashMap<>();
        for (app.routecard.devstack.DemoUsers.DemoUser user : app.routecard.devstack.DemoUsers.ALL) {
            for (app.routecard.devstack.MailInbox.Message mail : app.routecard.devstack.MailInbox.of(stack,
                    user.username())) {
                String id = mail.header("X-Routecard-Message");
                if (!id.isEmpty()) {
                    delivered.merge(id, 1, Integer::sum);
                }
            }
        }
        long missing = sent.stream().filter(id -> !delivered.containsKey(id)).count();
        long twice = sent.stream().filter(id -> delivered.getOrDefault(id, 0) > 1).count();
        figures.put("e-mails sent during the run (each delivered once)", (long) sent.size());
        if (missing > 0) {
            problems.add(missing + " e-mails marked sent never reached the SMTP server");
        }
        if (twice > 0) {
            problems.add(twice + " e-mails were delivered more than once");
        }
    }

    /**
     * Every webhook message a delivery row says succeeded reached the receiver, and every id the receiver saw came
     * with one body only (a redelivery repeats the message, never makes another).
     */
    private void everyWebhookMessageDeliveredUnderOneId(Map<String, List<String>> received) throws SQLException {
        Set<String> succeeded = new HashSet<>();
        try (Connection db = connect(stack, Service.NOTIFICATIONS); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select message_id from webhook_delivery where status ="
                     + " 'SUCCEEDED' and created_at >= '" + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                succeeded.add(rows.getString(1));
            }
        }
        long missing = succeeded.stream().filter(id -> !received.containsKey(id)).count();
        long changed = received.values().stream().filter(bodies -> new HashSet<>(bodies).size() > 1).count();
        figures.put("webhook messages delivered (each under one id)", (long) succeeded.size());
        if (succeeded.isEmpty()) {
            problems.add("no webhook message was delivered during the run");
        }
        if (missing > 0) {
            problems.add(missing + " webhook messages marked delivered never reached the receiver");
        }
        if (changed > 0) {
            problems.add(changed + " webhook ids came with two different bodies");
        }
    }

    private void readOutboxes() throws SQLException {
        for (Service service : Service.values()) {
            try (Connection db = connect(stack, service); Statement statement = db.createStatement()) {
                if (!hasTable(db, "outbox_event")) {
                    continue;
                }
                try (ResultSet rows = statement.executeQuery("select event_id, seq, topic, event_key, type,"
                        + " published_at is not null from outbox_event where occurred_at >= '" + Timestamp.from(since)
                        + "'")) {
                    while (rows.next()) {
                        recorded.put(rows.getString(1), new Recorded(service.module(), rows.getLong(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getBoolean(6)));
                    }
                }
            }
        }
        figures.put("events recorded in the outboxes", (long) recorded.size());
    }

    private void readTopics() throws IOException {
        Set<String> topics = new TreeSet<>();
        recorded.values().forEach(row -> topics.add(row.topic()));
        long records = 0;
        for (String topic : topics) {
            List<ConsumerRecord<String, String>> all = readAll(topic);
            onTopics.put(topic, all);
            records += all.size();
        }
        figures.put("records read back from " + topics.size() + " topics", records);
    }

    private void everyEventPublishedOnceInOrder() throws IOException {
        Map<String, Integer> copies = new HashMap<>();
        for (Map.Entry<String, List<ConsumerRecord<String, String>>> topic : onTopics.entrySet()) {
            Map<String, Long> lastSeqOfKey = new HashMap<>();
            for (ConsumerRecord<String, String> record : topic.getValue()) {
                String id = JSON.readTree(record.value()).path("id").asText();
                Recorded row = recorded.get(id);
                if (row == null) {
                    continue; // an event from before the run
                }
                copies.merge(id, 1, Integer::sum);
                String orderKey = record.partition() + "/" + record.key() + "/" + row.service();
                Long last = lastSeqOfKey.put(orderKey, row.seq());
                if (last != null && last > row.seq()) {
                    problems.add("out of order on " + topic.getKey() + "[" + record.partition() + "]: " + record.key()
                            + " has outbox seq " + row.seq() + " after " + last);
                }
            }
        }
        long unpublished = recorded.values().stream().filter(row -> !row.published()).count();
        long missing = recorded.keySet().stream().filter(id -> !copies.containsKey(id)).count();
        long twice = copies.values().stream().filter(count -> count > 1).count();
        figures.put("events published more than once", twice);
        figures.put("events recorded but not on their topic", missing);
        if (unpublished > 0) {
            problems.add(unpublished + " outbox events still unpublished after the run settled");
        }
        if (missing > 0) {
            problems.add(missing + " outbox events are not on their topic");
        }
        if (twice > 0) {
            problems.add(twice + " events are on their topic more than once");
        }
    }

    /**
     * For every consumer, the event types it applies (those in its inbox): every such event of the run is in its
     * inbox exactly once (the primary key makes "more than once" impossible; "never" is what a lost event looks
     * like), and no dead letter is left open.
     */
    private void everyEventAppliedOncePerConsumer() throws SQLException, IOException {
        Map<String, Set<String>> idsOfType = new HashMap<>();
        for (List<ConsumerRecord<String, String>> records : onTopics.values()) {
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = JSON.readTree(record.value());
                String id = event.path("id").asText();
                if (recorded.containsKey(id)) {
                    idsOfType.computeIfAbsent(event.path("type").asText(), t -> new HashSet<>()).add(id);
                }
            }
        }
        long applied = 0;
        for (Service service : Service.values()) {
            try (Connection db = connect(stack, service); Statement statement = db.createStatement()) {
                if (!hasTable(db, "inbox_event")) {
                    continue;
                }
                Map<String, Map<String, Set<String>>> inbox = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("select consumer, type, event_id::text from inbox_event"
                        + " where handled_at >= '" + Timestamp.from(since.minusSeconds(60)) + "'")) {
                    while (rows.next()) {
                        inbox.computeIfAbsent(rows.getString(1), c -> new HashMap<>())
                                .computeIfAbsent(rows.getString(2), t -> new HashSet<>()).add(rows.getString(3));
                    }
                }
                for (Map.Entry<String, Map<String, Set<String>>> consumer : inbox.entrySet()) {
                    for (Map.Entry<String, Set<String>> type : consumer.getValue().entrySet()) {
                        Set<String> expected = idsOfType.getOrDefault(type.getKey(), Set.of());
                        long lost = expected.stream().filter(id -> !type.getValue().contains(id)).count();
                        applied += expected.size() - lost;
                        if (lost > 0) {
                            problems.add(service.module() + "'s consumer " + consumer.getKey() + " never applied "
                                    + lost + " of " + expected.size() + " " + type.getKey() + " events");
                        }
                    }
                }
                if (hasTable(db, "dead_letter")) {
                    try (ResultSet open = statement.executeQuery(
                            "select count(*) from dead_letter where replayed_at is null and failed_at >= '"
                                    + Timestamp.from(since) + "'")) {
                        open.next();
                        if (open.getLong(1) > 0) {
                            problems.add(service.module() + " has " + open.getLong(1) + " open dead letters");
                        }
                    }
                }
            }
        }
        figures.put("events applied by the consumers that follow them (each once)", applied);
    }

    private void marketplaceDidEachThingOnce() throws SQLException, IOException {
        duplicates(Service.MARKETPLACE, "routing waves opened twice",
                "select rfq_id, number from routing_wave group by 1, 2 having count(*) > 1");
        duplicates(Service.MARKETPLACE, "suppliers offered one RFQ twice",
                "select rfq_id, tenant_id from offer group by 1, 2 having count(*) > 1");
        duplicates(Service.JOB, "awards with two jobs",
                "select marketplace_award_id from job where marketplace_award_id is not null group by 1"
                        + " having count(*) > 1");
        Map<String, Integer> decisions = new HashMap<>();
        for (ConsumerRecord<String, String> record : onTopics.getOrDefault("routecard.marketplace", List.of())) {
            JsonNode event = JSON.readTree(record.value());
            if (recorded.containsKey(event.path("id").asText())
                    && "marketplace.routing.decided".equals(event.path("type").asText())) {
                decisions.merge(event.path("data").path("rfqId").asText() + "#" + event.path("data").path("wave")
                        .asText(), 1, Integer::sum);
            }
        }
        long twice = decisions.values().stream().filter(count -> count > 1).count();
        figures.put("waves decided (each once)", (long) decisions.size());
        if (twice > 0) {
            problems.add(twice + " waves were decided more than once");
        }
        try (Connection db = connect(stack, Service.JOB); Statement statement = db.createStatement();
             ResultSet jobs = statement.executeQuery("select count(*) from job where marketplace_award_id is not null"
                     + " and created_at >= '" + Timestamp.from(since) + "'")) {
            jobs.next();
            figures.put("jobs made from awards (one each)", jobs.getLong(1));
        }
    }

    private void notificationsMadeOnce() throws SQLException {
        duplicates(Service.NOTIFICATIONS, "notifications made twice for one event and recipient",
                "select source_event_id, tenant_id, recipient_role from notification group by 1, 2, 3"
                        + " having count(*) > 1");
        duplicates(Service.NOTIFICATIONS, "e-mails made twice for one notification and person",
                "select notification_id, recipient_user from email_message where notification_id is not null"
                        + " group by 1, 2 having count(*) > 1");
        duplicates(Service.NOTIFICATIONS, "webhook messages made twice for one endpoint and event",
                "select endpoint_id, event_id from webhook_delivery group by 1, 2 having count(*) > 1");
    }

    private void duplicates(Service service, String what, String query) throws SQLException {
        try (Connection db = connect(stack, service); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            int found = 0;
            while (rows.next()) {
                found++;
            }
            if (found > 0) {
                problems.add(service.module() + ": " + found + " " + what);
            }
        }
    }

    static Connection connect(StackLayout stack, Service service) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", DevCredentials.POSTGRES_SUPERUSER);
        login.setProperty("password", DevCredentials.POSTGRES_SUPERUSER_PASSWORD);
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(stack.jdbcUrl(service.database()), login);
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, "public", table, null)) {
            return tables.next();
        }
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) throws IOException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("Could not read " + topic + " to its end within 2 minutes");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
