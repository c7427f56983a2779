package app.routecard.platform.tenancy;

import jakarta.ws.rs.core.Response;

/**
 * How a service with pages (the portal) shows a suspended tenant's user why nothing works, in its own layout. A
 * service without such a bean answers browsers with a plain page and everything else with problem+json.
 */
public interface SuspensionPage {

    /** The 403 answer for a browser request of a user whose organization is suspended for {@code reason}. */
    Response render(String reason);
}
