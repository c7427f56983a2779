package app.routecard.notifications.webhooks;

import app.routecard.platform.service.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Resolves an endpoint's host and asks {@link EndpointAddressPolicy} whether webhooks may go there: when the admin
 * enters the URL (a refusal names the field) and again before every send, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class EndpointAddresses {

    private final WebhookSettings settings;

    public EndpointAddresses(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The URL, checked; an {@link InvalidField} naming {@code field} when webhooks may not go there. */
    public URI checked(String field, String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidField(field, "must be a URL (" + e.getReason() + ")");
        }
        problem(uri).ifPresent(problem -> {
            throw new InvalidField(field, problem);
        });
        return uri;
    }

    /** Why webhooks may not go to this URL now, or empty when they may. */
    public Optional<String> problem(URI uri) {
        return EndpointAddressPolicy.problem(uri, resolve(uri), settings.privateAddressesAllowed());
    }

    private static List<InetAddress> resolve(URI uri) {
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return List.of();
        }
        try {
            return List.of(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException | SecurityException e) {
            return List.of();
        }
    }
}
