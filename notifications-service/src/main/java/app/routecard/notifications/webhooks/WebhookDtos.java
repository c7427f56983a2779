package app.routecard.notifications.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhooks API takes and answers. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    /** An endpoint as its admin enters it; no event types means every type. */
    public record EndpointRequest(@NotBlank @Size(max = 2000) String url, @Size(max = 200) String description,
                                  List<@NotBlank String> eventTypes, Boolean enabled) {
    }

    /** An endpoint; the secret only when one endpoint is asked for (its admin copies it to the receiver). */
    public record EndpointView(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
                               String disabledReason, Instant failingSince, Instant createdAt, String secret,
                               Instant previousSecretUntil) {
    }

    /** The event types an endpoint may take. */
    public record EventTypes(List<String> types) {
    }

    public record AttemptView(int attempt, Instant startedAt, Integer statusCode, String error, int durationMs,
                              String outcome, Instant nextAttemptAt) {
    }

    public record DeliveryView(UUID id, UUID endpointId, String messageId, String eventType, String status,
                               int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
                               Instant createdAt, Instant finishedAt, List<AttemptView> log) {
    }
}
