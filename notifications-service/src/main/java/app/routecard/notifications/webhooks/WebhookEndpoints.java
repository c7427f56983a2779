package app.routecard.notifications.webhooks;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.deadlines.DeadlinePolicy;
import app.routecard.notifications.rules.RecipientPolicy;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A tenant's webhook endpoints, as its admins keep them; every query is the token's tenant's (and RLS's). */
@RequestScoped
public class WebhookEndpoints {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentTenant tenant;
    private final EndpointAddresses addresses;
    private final WebhookSettings settings;
    private final NotificationClock clock;
    private final WebhookDeliveries deliveries;

    public WebhookEndpoints(CurrentTenant tenant, EndpointAddresses addresses, WebhookSettings settings,
                            NotificationClock clock, WebhookDeliveries deliveries) {
        this.tenant = tenant;
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    /** The event types an endpoint may take: those that tell a tenant something, and the deadline reminders. */
    public static List<String> eventTypes() {
        return java.util.stream.Stream.concat(RecipientPolicy.types().stream(), DeadlinePolicy.types().stream())
                .sorted().toList();
    }

    @Transactional
    public List<WebhookDtos.EndpointView> list() {
        return WebhookEndpoint.<WebhookEndpoint>list("order by createdAt, id").stream()
                .map(endpoint -> view(endpoint, false)).toList();
    }

    @Transactional
    public WebhookDtos.EndpointView get(UUID id) {
        return view(find(id), true);
    }

    @Transactional
    public WebhookDtos.EndpointView create(WebhookDtos.EndpointRequest request) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.tenantId = tenant.id();
        endpoint.secret = WebhookSigner.newSecret(RANDOM);
        endpoint.createdAt = clock.now();
        endpoint.enabled = true;
        apply(endpoint, request);
        endpoint.persist();
        return view(endpoint, true);
    }

    /** Changes an endpoint; switching it on again forgets its failures. */
    @Transactional
    public WebhookDtos.EndpointView update(UUID id, WebhookDtos.EndpointRequest request) {
        WebhookEndpoint endpoint = find(id);
        boolean wasOff = !endpoint.enabled;
        apply(endpoint, request);
        if (wasOff && endpoint.enabled) {
            endpoint.disabledReason = null;
            endpoint.failingSince = null;
        }
        return view(endpoint, true);
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    /** A new secret; the previous one keeps signing beside it for the overlap, so the receiver can switch. */
    @Transactional
    public WebhookDtos.EndpointView rotateSecret(UUID id) {
        WebhookEndpoint endpoint = find(id);
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretUntil = clock.now().plus(settings.secretOverlap());
        endpoint.secret = WebhookSigner.newSecret(RANDOM);
        return view(endpoint, true);
    }

    /** Sends the endpoint a test event now (whatever its event types, even when it is switched off). */
    @Transactional
    public WebhookDtos.DeliveryView sendTest(UUID id) {
        return deliveries.view(deliveries.enqueueTest(find(id)).id());
    }

    /** The endpoint's messages and their attempts, newest first. */
    @Transactional
    public Paged<WebhookDtos.DeliveryView> log(UUID id, ListWindow window) {
        return deliveries.log(find(id).id, window);
    }

    @Transactional
    public WebhookDtos.DeliveryView delivery(UUID deliveryId) {
        return deliveries.view(deliveryId);
    }

    @Transactional
    public WebhookDtos.DeliveryView replay(UUID deliveryId) {
        return deliveries.replay(deliveryId);
    }

    /** The endpoint, the caller's tenant's; 404 for any other. */
    @Transactional
    public WebhookEndpoint find(UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw new NotFoundException("No webhook endpoint " + id);
        }
        return endpoint;
    }

    private void apply(WebhookEndpoint endpoint, WebhookDtos.EndpointRequest request) {
        endpoint.url = addresses.checked("url", request.url()).toString();
        endpoint.description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        List<String> types = request.eventTypes() == null ? List.of()
                : request.eventTypes().stream().map(String::trim).distinct().sorted().toList();
        List<String> known = eventTypes();
        for (String type : types) {
            if (!known.contains(type)) {
                throw new InvalidField("eventTypes", "'" + type + "' is not an event type webhooks carry; they are "
                        + String.join(", ", known));
            }
        }
        endpoint.eventTypes = types.toArray(String[]::new);
        if (request.enabled() != null) {
            endpoint.enabled = request.enabled();
        }
    }

    private WebhookDtos.EndpointView view(WebhookEndpoint endpoint, boolean withSecret) {
        Instant overlap = endpoint.previousSecretUntil != null && endpoint.previousSecretUntil.isAfter(clock.now())
                ? endpoint.previousSecretUntil : null;
        return new WebhookDtos.EndpointView(endpoint.id, endpoint.url, endpoint.description,
                Arrays.asList(endpoint.eventTypes), endpoint.enabled, endpoint.disabledReason, endpoint.failingSince,
                endpoint.createdAt, withSecret ? endpoint.secret : null, overlap);
    }
}
