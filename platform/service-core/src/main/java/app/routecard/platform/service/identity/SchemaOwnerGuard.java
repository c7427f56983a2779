package app.routecard.platform.service.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Fails start-up when the configured database belongs to another service (a mis-set JDBC URL). */
@ApplicationScoped
public class SchemaOwnerGuard {

    private final String applicationName;

    public SchemaOwnerGuard(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.applicationName = applicationName;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        List<SchemaOwner> owners = SchemaOwner.listAll();
        if (owners.size() != 1 || !applicationName.equals(owners.get(0).service)) {
            throw new IllegalStateException("This database belongs to "
                    + owners.stream().map(owner -> owner.service).toList() + ", not to " + applicationName
                    + ": check quarkus.datasource.jdbc.url");
        }
    }
}
