package app.routecard.platform.testing;

import app.routecard.devstack.Service;
import app.routecard.devstack.ServiceSettings;
import app.routecard.devstack.StackLayout;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real servers of the shared {@link TestStack}. Use it as
 * {@code @QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service",
 * value = "job-service"))}; the test then talks to that service's own database, the real Kafka, Keycloak, S3 and
 * SMTP, exactly as the packaged service would.
 */
public class RealStackResource implements QuarkusTestResourceLifecycleManager {

    private Service service;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get("service");
        if (name == null) {
            throw new IllegalArgumentException("RealStackResource needs the init argument 'service'");
        }
        service = Service.byModule(name);
    }

    @Override
    public Map<String, String> start() {
        StackLayout stack = TestStack.ensureUp();
        Map<String, String> config = new HashMap<>(ServiceSettings.properties(stack, service));
        // Tests listen on a free port of their own, not the service's fixed one.
        config.remove("quarkus.http.port");
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    @Override
    public void stop() {
        // The shared stack outlives a test class: its watchdog stops it when the build ends.
    }
}
