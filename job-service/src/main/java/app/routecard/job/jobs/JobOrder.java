package app.routecard.job.jobs;

import java.util.Map;

/** The job list's sort keys, as HQL order clauses; priority sorts by urgency, not alphabetically. */
final class JobOrder {

    static final String PATTERN = "-?(dueDate|number|createdAt|priority|stage|updatedAt)";

    private static final Map<String, String> KEYS = Map.of(
            "dueDate", "j.dueDate",
            "number", "j.number",
            "createdAt", "j.createdAt",
            "updatedAt", "j.updatedAt",
            "stage", "j.stage",
            "priority", "case j.priority when app.routecard.job.jobs.Priority.LOW then 0"
                    + " when app.routecard.job.jobs.Priority.NORMAL then 1"
                    + " when app.routecard.job.jobs.Priority.HIGH then 2 else 3 end");

    private JobOrder() {
    }

    /** {@code sort} matched {@link #PATTERN}; a leading '-' sorts descending; the job number breaks ties. */
    static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String key = KEYS.get(descending ? sort.substring(1) : sort);
        return key + (descending ? " desc" : " asc") + ", j.number asc";
    }
}
