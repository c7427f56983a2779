package app.routecard.portal.services;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every call to a service carries the signed-in user's own access token, so the service decides as it would for
 * the user; a page without a sign-in (a customer's share link, an unsubscribe link) calls without one.
 */
@ApplicationScoped
public class UserToken implements ClientHeadersFactory {

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<AccessTokenCredential> accessToken;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (!identity.isAnonymous() && accessToken.isResolvable()) {
            headers.putSingle("Authorization", "Bearer " + accessToken.get().getToken());
        }
        return headers;
    }
}
