package app.routecard.devstack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration a service needs to run against a stack. One source for both ways it is handed over: as
 * environment variables to a packaged service (./routecard up, the end-to-end test) and as configuration
 * overrides to a {@code @QuarkusTest}.
 */
public final class ServiceSettings {

    private ServiceSettings() {
    }

    public static Map<String, String> properties(StackLayout stack, Service service) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.http.port", String.valueOf(stack.ports().service(service)));
        p.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(service.database()));
        p.put("quarkus.datasource.username", service.database());
        p.put("quarkus.datasource.password", DevCredentials.databasePassword(service.database()));
        p.put("quarkus.oidc.auth-server-url", stack.issuer());
        if (service == Service.PORTAL) {
            p.put("quarkus.oidc.credentials.secret", DevCredentials.PORTAL_CLIENT_SECRET);
            p.put("quarkus.oidc.portal-api.auth-server-url", stack.issuer());
            for (Service target : Service.values()) {
                if (target != Service.PORTAL) {
                    p.put("routecard.services." + target.database() + ".url", stack.serviceUrl(target));
                }
            }
        }
        if (service == Service.TENANT || service == Service.NOTIFICATIONS) {
            p.put("quarkus.keycloak.admin-client.server-url", stack.keycloakUrl());
        }
        if (service == Service.JOB || service == Service.NOTIFICATIONS) {
            p.put("routecard.portal.url", stack.serviceUrl(Service.PORTAL));
        }
        if (service == Service.NOTIFICATIONS) {
            // A dev stack's receivers run on this machine; production sends webhooks to public https URLs only.
            p.put("routecard.webhooks.private-addresses-allowed", "true");
        }
        if (service == Service.MARKETPLACE) {
            // A dev stack's operator may move marketplace time (DevClockResource); production never sets this.
            p.put("routecard.marketplace.clock.adjustable", "true");
        }
        if (service.uses(Service.Dependency.KAFKA)) {
            p.put("kafka.bootstrap.servers", stack.kafkaBootstrap());
        }
        if (service.uses(Service.Dependency.S3)) {
            p.put("quarkus.s3.endpoint-override", stack.s3Endpoint());
            p.put("quarkus.s3.aws.credentials.static-provider.access-key-id", DevCredentials.S3_ACCESS_KEY);
            p.put("quarkus.s3.aws.credentials.static-provider.secret-access-key", DevCredentials.S3_SECRET_KEY);
            p.put("routecard.files.bucket", DevCredentials.S3_BUCKET);
            p.put("routecard.files.public-endpoint", stack.s3PublicEndpoint());
        }
        if (service.uses(Service.Dependency.SMTP)) {
            p.put("quarkus.mailer.host", "127.0.0.1");
            p.put("quarkus.mailer.port", String.valueOf(stack.ports().smtp()));
        }
        return p;
    }

    public static Map<String, String> environment(StackLayout stack, Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        properties(stack, service).forEach((key, value) -> env.put(toEnvironmentName(key), value));
        return env;
    }

    /** The MicroProfile Config rule: non-alphanumerics become '_', letters upper case. */
    static String toEnvironmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
