package app.routecard.notifications.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a tenant's webhooks may be sent: in production only to {@code https} URLs whose host resolves to public
 * addresses, never to loopback, link-local (the cloud metadata service at 169.254.169.254), private, unique-local,
 * multicast or unspecified ones, so a webhook cannot be aimed at Routecard's own network (SSRF). A dev stack may
 * allow {@code http} and private addresses. Every address a name resolves to is checked. Plain Java: the caller
 * resolves the name.
 */
public final class EndpointAddressPolicy {

    private EndpointAddressPolicy() {
    }

    /** Why this URL may not receive webhooks, or empty when it may. */
    public static Optional<String> problem(URI url, List<InetAddress> resolved, boolean privateAllowed) {
        if (url == null || url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("must be an absolute URL with a host");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(privateAllowed && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (url.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (resolved.isEmpty()) {
            return Optional.of("names a host that does not resolve");
        }
        if (!privateAllowed) {
            for (InetAddress address : resolved) {
                if (!isPublic(address)) {
                    return Optional.of("must not point at a loopback, link-local or private address ("
                            + address.getHostAddress() + ")");
                }
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64/10 (carrier-grade NAT) and 0/8 are not the public internet either.
            return first != 0 && !(first == 100 && second >= 64 && second <= 127);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses: IPv6's private networks.
            return (bytes[0] & 0xfe) != 0xfc;
        }
        return true;
    }
}
