package app.routecard.platform.tenancy;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;
import io.smallrye.common.vertx.ContextLocals;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tags every HTTP server metric with the tenant of the request ("none" for anonymous requests: Prometheus wants
 * the same tag keys on every series of a metric).
 */
@ApplicationScoped
public class TenantMetricsTag implements HttpServerMetricsTagsContributor {

    static final String KEY = "routecard.tenant";

    static void remember(String slug) {
        ContextLocals.put(KEY, slug);
    }

    @Override
    public Tags contribute(Context context) {
        Object slug = context.requestContextLocalData(KEY);
        return Tags.of("tenant", slug == null ? "none" : slug.toString());
    }
}
