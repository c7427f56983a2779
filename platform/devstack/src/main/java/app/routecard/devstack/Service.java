package app.routecard.devstack;

import java.util.EnumSet;
import java.util.Set;

/** The Routecard services: their module, database and which real dependencies each one talks to. */
public enum Service {
    PORTAL("portal", "portal", 0, EnumSet.of(Dependency.KAFKA)),
    TENANT("tenant-service", "tenant", 1, EnumSet.of(Dependency.KAFKA)),
    JOB("job-service", "job", 2, EnumSet.of(Dependency.KAFKA)),
    MARKETPLACE("marketplace-service", "marketplace", 3, EnumSet.of(Dependency.KAFKA)),
    FILES("files-service", "files", 4, EnumSet.of(Dependency.KAFKA, Dependency.S3)),
    NOTIFICATIONS("notifications-service", "notifications", 5, EnumSet.of(Dependency.KAFKA, Dependency.SMTP));

    public enum Dependency { KAFKA, S3, SMTP }

    private final String module;
    private final String database;
    private final int portOffset;
    private final Set<Dependency> dependencies;

    Service(String module, String database, int portOffset, Set<Dependency> dependencies) {
        this.module = module;
        this.database = database;
        this.portOffset = portOffset;
        this.dependencies = dependencies;
    }

    public String module() {
        return module;
    }

    /** The service's own PostgreSQL database; its login role has the same name and is not a superuser. */
    public String database() {
        return database;
    }

    public int portOffset() {
        return portOffset;
    }

    public boolean uses(Dependency dependency) {
        return dependencies.contains(dependency);
    }

    public static Service byModule(String module) {
        for (Service service : values()) {
            if (service.module.equals(module) || service.database.equals(module)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No service called " + module);
    }
}
