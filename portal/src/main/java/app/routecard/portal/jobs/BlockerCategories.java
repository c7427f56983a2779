package app.routecard.portal.jobs;

import java.util.List;

/** What can block a job, as job-service names it; the floor page and the job page offer the same choices. */
public final class BlockerCategories {

    public static final List<String> ALL = List.of("MATERIAL", "MACHINE", "TOOLING", "QUALITY", "DRAWING",
            "CUSTOMER", "STAFF", "OTHER");

    private BlockerCategories() {
    }
}
