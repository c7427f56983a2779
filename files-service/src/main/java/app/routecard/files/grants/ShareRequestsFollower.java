package app.routecard.files.grants;

import app.routecard.files.subjects.SubjectType;
import app.routecard.platform.inbox.EventHandler;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.service.problem.InvalidField;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Grants other services ask for by event, with no call between services: {@code fileshare.requested} shares a
 * file or a subject's files (the marketplace: an RFQ's drawings with each supplier it is routed to) in the event's
 * tenant, the owner's; {@code fileshare.withdrawn} revokes it by the requester's {@code shareKey}. Runs through the
 * inbox, so a redelivered request grants once; a request sent again under the same key also grants once. A request
 * no grant can satisfy (the owner as grantee, an expiry past) fails and ends as a dead letter with the reason.
 */
@ApplicationScoped
public class ShareRequestsFollower implements EventHandler {

    static final String NAME = "files-service.share-requests";
    static final String TOPIC = "routecard.fileshare";
    static final String REQUESTED = "fileshare.requested";
    static final String WITHDRAWN = "fileshare.withdrawn";

    private final GrantWriter writer;

    public ShareRequestsFollower(GrantWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> topics() {
        return List.of(TOPIC);
    }

    @Override
    public boolean handles(String type) {
        return REQUESTED.equals(type) || WITHDRAWN.equals(type);
    }

    @Override
    public void handle(InboxEvent event) {
        JsonNode data = event.data();
        String shareKey = required(data, "shareKey");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        FileGrant existing = FileGrant.find("shareKey", shareKey).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (WITHDRAWN.equals(event.type())) {
            if (existing != null) {
                writer.revoke(existing, event.tenantId(), data.path("withdrawnBy").asText("a service"), now);
            }
            return;
        }
        if (existing != null) {
            return;
        }
        UUID fileId = uuid(data, "fileId");
        SubjectType subjectType = data.hasNonNull("subjectType") ? subjectType(data.path("subjectType").asText())
                : null;
        UUID subjectId = uuid(data, "subjectId");
        if ((fileId == null) == (subjectType == null || subjectId == null)) {
            throw new ShareRequestRefused(event, "shares either a fileId or a subjectType with a subjectId");
        }
        OffsetDateTime expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(required(data, "expiresAt"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new ShareRequestRefused(event, "expiresAt is no date-time");
        }
        try {
            writer.create(new GrantWriter.NewGrant(event.tenantId(), required(data, "granteeTenantId"), fileId,
                    subjectType, subjectId, expiresAt, data.path("requestedBy").asText("a service"), shareKey,
                    event.id()), now);
        } catch (InvalidField refused) {
            throw new ShareRequestRefused(event, refused.field() + " " + refused.getMessage());
        } catch (jakarta.ws.rs.NotFoundException missing) {
            throw new ShareRequestRefused(event, "the file " + fileId + " is not the owner's");
        }
    }

    private static String required(JsonNode data, String field) {
        String value = data.path(field).asText("");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException(field + " is missing or longer than 200 characters");
        }
        return value;
    }

    private static UUID uuid(JsonNode data, String field) {
        return data.hasNonNull(field) ? UUID.fromString(data.path(field).asText()) : null;
    }

    private static SubjectType subjectType(String name) {
        try {
            return SubjectType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("subjectType " + name + " is none of JOB, SHIPMENT, QUOTE, RFQ");
        }
    }

    /** A share no grant can satisfy: kept as a dead letter with this reason for whoever fixes the requester. */
    static final class ShareRequestRefused extends RuntimeException {
        ShareRequestRefused(InboxEvent event, String reason) {
            super(event.type() + " " + event.id() + " refused: " + reason);
        }
    }
}
