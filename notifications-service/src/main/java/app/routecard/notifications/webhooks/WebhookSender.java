package app.routecard.notifications.webhooks;

import app.routecard.notifications.rules.DeliveryRetryPolicy;
import app.routecard.notifications.clock.NotificationClock;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends the messages that are due: takes a batch under a lease (so two replicas never send the same one at once),
 * signs each with the endpoint's secret (and the previous one during a rotation's overlap), sends them side by side,
 * and records every attempt. A failure is tried again later ({@link DeliveryRetryPolicy}) or dead-lettered; an
 * endpoint that has failed for days is switched off ({@link EndpointHealthPolicy}) and its admins told.
 *
 * <p>At least once: the attempt is recorded after the receiver answered, so a sender that dies in between leaves the
 * lease to run out and the message goes again, with the same {@code webhook-id}; receivers dedupe by it.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final String REASON = "webhook messages are sent for every tenant by one sender";

    /** A message taken for sending, with its endpoint's address and secrets. */
    record Taken(UUID id, String tenantId, UUID endpointId, String messageId, String body, int attemptsBefore,
                 String url, List<String> secrets) {
    }

    /** What one attempt came to: the receiver's status code, or why there was none. */
    record Answer(Instant startedAt, Integer statusCode, String error, int durationMs) {
    }

    private final EntityManager entities;
    private final WebhookSettings settings;
    private final NotificationClock clock;
    private final EndpointAddresses addresses;
    private final EndpointFailures failures;
    private final HttpClient http;

    public WebhookSender(EntityManager entities, WebhookSettings settings, NotificationClock clock,
                         EndpointAddresses addresses, EndpointFailures failures) {
        this.entities = entities;
        this.settings = settings;
        this.clock = clock;
        this.addresses = addresses;
        this.failures = failures;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    @Scheduled(every = "${routecard.webhooks.poll:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Webhooks could not be sent", this::sendDue);
    }

    /** Sends the messages due now; answers how many were tried. */
    public int sendDue() {
        Instant now = clock.now();
        List<Taken> taken = TenantTransactions.allTenants(REASON, () -> take(now));
        if (taken.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (Taken message : taken) {
            answers.add(send(message));
        }
        for (int i = 0; i < taken.size(); i++) {
            Taken message = taken.get(i);
            Answer answer = answers.get(i).join();
            TenantTransactions.allTenants(REASON, () -> {
                record(message, answer);
                return null;
            });
        }
        return taken.size();
    }

    @SuppressWarnings("unchecked")
    private List<Taken> take(Instant now) {
        List<Object[]> rows = entities.createNativeQuery("update webhook_delivery d set lease_until = :until"
                        + " from webhook_endpoint e where e.id = d.endpoint_id and d.id in ("
                        + " select d2.id from webhook_delivery d2 join webhook_endpoint e2 on e2.id = d2.endpoint_id"
                        + " where d2.status = 'PENDING' and d2.next_attempt_at <= :now"
                        + " and (d2.lease_until is null or d2.lease_until <= :now)"
                        + " and (e2.enabled or d2.event_type = '" + WebhookDeliveries.TEST_EVENT + "')"
                        + " order by d2.next_attempt_at limit :batch for update of d2 skip locked)"
                        + " returning d.id, d.tenant_id, d.endpoint_id, d.message_id, d.body, d.attempts, e.url,"
                        + " e.secret, e.previous_secret, e.previous_secret_until")
                .setParameter("until", Timestamp.from(now.plus(settings.lease())))
                .setParameter("now", Timestamp.from(now)).setParameter("batch", settings.batch()).getResultList();
        List<Taken> taken = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> secrets = new ArrayList<>(List.of((String) row[7]));
            Instant previousUntil = WebhookDeliveries.instant(row[9]);
            if (row[8] != null && previousUntil != null && previousUntil.isAfter(now)) {
                secrets.add((String) row[8]);
            }
            taken.add(new Taken((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    ((Number) row[5]).intValue(), (String) row[6], secrets));
        }
        return taken;
    }

    private CompletableFuture<Answer> send(Taken message) {
        Instant startedAt = clock.now();
        long started = System.nanoTime();
        URI url = URI.create(message.url());
        Optional<String> refused = addresses.problem(url);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Answer(startedAt, null, "not sent: the URL "
                    + refused.get(), 0));
        }
        long timestamp = startedAt.getEpochSecond();
        List<String> signatures = message.secrets().stream()
                .map(secret -> WebhookSigner.sign(secret, message.messageId(), timestamp, message.body())).toList();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Routecard-Webhooks/1")
                .header("webhook-id", message.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", String.join(" ", signatures))
                .POST(HttpRequest.BodyPublishers.ofString(message.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> new Answer(startedAt, response == null ? null : response.statusCode(),
                        failure == null ? null : reason(failure), (int) ((System.nanoTime() - started) / 1_000_000)));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void record(Taken message, Answer answer) {
        Instant now = clock.now();
        int attempt = message.attemptsBefore() + 1;
        boolean succeeded = DeliveryRetryPolicy.succeeded(answer.statusCode());
        Optional<Instant> retryAt = succeeded ? Optional.empty()
                : DeliveryRetryPolicy.retryAfterFailure(attempt, now, () -> ThreadLocalRandom.current().nextDouble());
        String outcome = succeeded ? "SUCCEEDED" : retryAt.isPresent() ? "RETRYING" : "DEAD";
        String error = succeeded ? null : answer.error() != null ? answer.error() : "HTTP " + answer.statusCode();
        int updated = entities.createNativeQuery("update webhook_delivery set attempts = :attempt, status = :status,"
                        + " next_attempt_at = :next, lease_until = null, last_status_code = :code, last_error = :error,"
                        + " finished_at = :finished where id = :id and attempts = :before and status = 'PENDING'")
                .setParameter("attempt", attempt).setParameter("status", succeeded ? "SUCCEEDED"
                        : retryAt.isPresent() ? "PENDING" : "DEAD")
                .setParameter("next", retryAt.map(Timestamp::from).orElse(null))
                .setParameter("code", answer.statusCode()).setParameter("error", error)
                .setParameter("finished", retryAt.isPresent() ? null : Timestamp.from(now))
                .setParameter("id", message.id()).setParameter("before", message.attemptsBefore()).executeUpdate();
        if (updated == 0) {
            return; // another sender took it after this one's lease ran out, and records its own attempt
        }
        entities.createNativeQuery("insert into webhook_attempt (delivery_id, attempt, tenant_id, started_at,"
                        + " status_code, error, duration_ms, outcome, next_attempt_at) values (:id, :attempt, :tenant,"
                        + " :started, :code, :error, :duration, :outcome, :next)")
                .setParameter("id", message.id()).setParameter("attempt", attempt)
                .setParameter("tenant", message.tenantId()).setParameter("started", Timestamp.from(answer.startedAt()))
                .setParameter("code", answer.statusCode()).setParameter("error", error)
                .setParameter("duration", answer.durationMs()).setParameter("outcome", outcome)
                .setParameter("next", retryAt.map(Timestamp::from).orElse(null)).executeUpdate();
        if (succeeded) {
            failures.succeeded(message.endpointId());
        } else {
            failures.failed(message.endpointId(), answer.startedAt(), now, error);
        }
    }
}
