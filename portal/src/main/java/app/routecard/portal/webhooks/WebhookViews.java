package app.routecard.portal.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What the webhook pages show, as notifications-service answers it. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A moment to the second, in UTC: retries are seconds apart at first. */
    static String when(Instant at) {
        return at == null ? "" : at.atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString()
                .replace('T', ' ') + " UTC";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Endpoint(String id, String url, String description, List<String> eventTypes, boolean enabled,
                           String disabledReason, Instant failingSince, Instant createdAt, String secret,
                           Instant previousSecretUntil) {
        public String types() {
            return eventTypes == null || eventTypes.isEmpty() ? "every event type" : String.join(", ", eventTypes);
        }

        public boolean takes(String type) {
            return eventTypes != null && eventTypes.contains(type);
        }

        public String failingSinceText() {
            return when(failingSince);
        }

        public String overlapEnds() {
            return when(previousSecretUntil);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attempt(int attempt, Instant startedAt, Integer statusCode, String error, int durationMs,
                          String outcome, Instant nextAttemptAt) {
        public String when() {
            return WebhookViews.when(startedAt);
        }

        public String answer() {
            return statusCode != null ? "HTTP " + statusCode : error == null ? "" : error;
        }

        public String next() {
            return WebhookViews.when(nextAttemptAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String id, String messageId, String eventType, String status, int attempts,
                           Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                           Instant finishedAt, List<Attempt> log) {
        public String when() {
            return WebhookViews.when(createdAt);
        }

        public String next() {
            return WebhookViews.when(nextAttemptAt);
        }

        public String statusName() {
            return switch (status) {
                case "SUCCEEDED" -> "delivered";
                case "DEAD" -> "dead-lettered";
                default -> attempts == 0 ? "sending" : "retrying";
            };
        }

        public boolean replayable() {
            return !status.equals("PENDING");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Log(List<Delivery> items, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public int next() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }
}
