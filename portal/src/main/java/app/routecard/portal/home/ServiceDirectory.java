package app.routecard.portal.home;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;

/** Where the portal reaches each service: {@code routecard.services.<name>.url}. */
@ConfigMapping(prefix = "routecard.services")
public interface ServiceDirectory {

    @WithParentName
    Map<String, Endpoint> services();

    interface Endpoint {
        String url();
    }
}
