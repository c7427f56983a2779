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
    private boolean fixedPort;

    @Override
    public void init(Map<String, String> initArgs) {
        // The portal's browser sign-in needs the port Keycloak's realm allows as a redirect for this stack.
        fixedPort = Boolean.parseBoolean(initArgs.get("fixedPort"));
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
        // Tests listen on a free port of their own (or, with fixedPort, on the port this stack gives the service).
        config.remove("quarkus.http.port");
        config.put("quarkus.http.test-port", fixedPort ? String.valueOf(stack.ports().service(service)) : "0");
        return config;
    }

    @Override
    public void stop() {
        // The shared stack outlives a test class: its watchdog stops it when the build ends.
    }
}
