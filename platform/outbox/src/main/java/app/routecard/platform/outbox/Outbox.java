package app.routecard.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records integration events in the caller's transaction: they exist exactly when the state change does. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final String source;

    public Outbox(ObjectMapper json, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.json = json;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(IntegrationEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.tenantId = event.tenantId();
        row.topic = event.topic();
        row.eventKey = event.subject();
        row.type = event.type();
        row.source = source;
        row.subject = event.subject();
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            row.payload = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + event.type() + " is not serialisable", e);
        }
        row.persist();
        return row.eventId;
    }
}
