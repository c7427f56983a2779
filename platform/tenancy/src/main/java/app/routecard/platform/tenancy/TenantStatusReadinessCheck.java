package app.routecard.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the service knows which tenants are suspended: it must not serve a suspended tenant. */
@Readiness
@ApplicationScoped
public class TenantStatusReadinessCheck implements HealthCheck {

    private final TenantStatusFollower follower;

    public TenantStatusReadinessCheck(TenantStatusFollower follower) {
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("tenant-status-view").status(follower.caughtUp()).build();
    }
}
