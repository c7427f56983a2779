package app.routecard.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** One event as a handler receives it: the CloudEvent's id, type, tenant, subject and data. */
public record InboxEvent(UUID id, String type, String tenantId, String subject, String time, JsonNode data) {
}
