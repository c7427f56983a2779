package app.routecard.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;

/** CloudEvents 1.0, structured JSON mode, with the tenant as the {@code tenantid} extension. */
final class CloudEvents {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private CloudEvents() {
    }

    static String structured(ObjectMapper json, OutboxEvent event) {
        ObjectNode envelope = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.eventId.toString())
                .put("source", event.source)
                .put("type", event.type)
                .put("subject", event.subject)
                .put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt))
                .put("datacontenttype", "application/json")
                .put("tenantid", event.tenantId);
        try {
            envelope.set("data", json.readTree(event.payload));
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.eventId + " holds invalid JSON", e);
        }
    }
}
