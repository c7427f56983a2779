package app.routecard.platform.inbox;

import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Events a consumer could not apply after its retries (or could not read at all), kept with the error so the
 * consumer can go on, and replayed once the cause is fixed. An operator's concern, across tenants.
 */
@ApplicationScoped
public class DeadLetters {

    /** The tenant of a record nobody could read. */
    static final String UNKNOWN_TENANT = "-";

    private final EntityManager entities;

    public DeadLetters(EntityManager entities) {
        this.entities = entities;
    }

    /** One dead letter as the operator sees it. */
    public record DeadLetter(UUID id, String tenantId, String consumer, String topic, int partition, long offset,
                             UUID eventId, String type, String payload, String error, int attempts,
                             OffsetDateTime failedAt, OffsetDateTime replayedAt, String replayError) {
    }

    /** Where a failed record came from and why it failed. */
    public record Failure(String consumer, String topic, int partition, long offset, UUID eventId, String type,
                          String tenantId, String payload, String error, int attempts) {
    }

    public UUID record(Failure failure) {
        UUID id = UUID.randomUUID();
        TenantTransactions.allTenants("a consumer keeps an event it could not apply as a dead letter",
                () -> entities.createNativeQuery("""
                                insert into dead_letter (id, tenant_id, consumer, topic, partition_no, record_offset,
                                    event_id, type, payload, error, attempts, failed_at)
                                values (:id, :tenant, :consumer, :topic, :partition, :offset, :event, :type, :payload,
                                    :error, :attempts, :at)""")
                        .setParameter("id", id)
                        .setParameter("tenant", failure.tenantId() == null ? UNKNOWN_TENANT : failure.tenantId())
                        .setParameter("consumer", failure.consumer()).setParameter("topic", failure.topic())
                        .setParameter("partition", failure.partition()).setParameter("offset", failure.offset())
                        .setParameter("event", failure.eventId()).setParameter("type", failure.type())
                        .setParameter("payload", failure.payload())
                        .setParameter("error", abbreviate(failure.error()))
                        .setParameter("attempts", failure.attempts())
                        .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate());
        return id;
    }

    /** The dead letters, newest first; {@code open} only those not replayed yet. */
    @SuppressWarnings("unchecked")
    public List<DeadLetter> list(boolean open, int limit) {
        return TenantTransactions.allTenants("an operator lists the dead letters of every tenant",
                () -> ((List<Object[]>) entities.createNativeQuery("select " + COLUMNS + " from dead_letter"
                                + (open ? " where replayed_at is null" : "") + " order by failed_at desc limit :limit",
                        Object[].class).setParameter("limit", limit).getResultList()).stream()
                        .map(DeadLetters::of).toList());
    }

    public Optional<DeadLetter> find(UUID id) {
        return TenantTransactions.allTenants("an operator opens one dead letter",
                () -> entities.createNativeQuery("select " + COLUMNS + " from dead_letter where id = :id",
                                Object[].class).setParameter("id", id).getResultStream().findFirst()
                        .map(row -> of((Object[]) row)));
    }

    /** Marks the letter replayed, or, with an {@code error}, records why the replay failed (it stays open). */
    void replayed(UUID id, String error) {
        TenantTransactions.allTenants("a dead letter's replay is recorded", () -> (error == null
                ? entities.createNativeQuery("update dead_letter set replayed_at = now(), replay_error = null"
                        + " where id = :id")
                : entities.createNativeQuery("update dead_letter set replay_error = :error where id = :id")
                        .setParameter("error", abbreviate(error)))
                .setParameter("id", id).executeUpdate());
    }

    private static final String COLUMNS = "id, tenant_id, consumer, topic, partition_no, record_offset, event_id,"
            + " type, payload, error, attempts, failed_at, replayed_at, replay_error";

    private static DeadLetter of(Object[] row) {
        return new DeadLetter((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), ((Number) row[5]).longValue(), (UUID) row[6], (String) row[7],
                (String) row[8], (String) row[9], ((Number) row[10]).intValue(), NativeValues.offsetDateTime(row[11]),
                NativeValues.offsetDateTime(row[12]),
                (String) row[13]);
    }

    private static String abbreviate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
