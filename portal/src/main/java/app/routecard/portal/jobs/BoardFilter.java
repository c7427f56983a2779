package app.routecard.portal.jobs;

import app.routecard.portal.web.QueryString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jobs board's filters as the page's form sends them, passed on to job-service's list as they are: the
 * service judges them, and its 400 naming a parameter is shown next to that filter.
 */
public record BoardFilter(List<String> stages, String owner, String dueFrom, String dueTo, String late,
                          String atRisk, String blocked, String text, int page, String sort) {

    public static final List<String> STAGES = List.of("PLANNED", "RELEASED", "IN_PROGRESS", "INSPECTION",
            "READY_TO_SHIP", "SHIPPED", "DELIVERED", "CLOSED", "ON_HOLD", "CANCELLED");
    public static final Map<String, String> SORTS = sorts();
    static final int PAGE_SIZE = 20;

    public BoardFilter {
        stages = stages == null ? List.of() : stages.stream().filter(s -> s != null && !s.isBlank()).toList();
        page = Math.max(0, page);
        sort = sort == null || sort.isBlank() ? "dueDate" : sort;
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("dueDate", "Due date, soonest first");
        sorts.put("-priority", "Priority, most urgent first");
        sorts.put("number", "Job number");
        sorts.put("-updatedAt", "Recently changed");
        return sorts;
    }

    /** The query of job-service's {@code /api/jobs} for this filter and page. */
    public String query(int pageNumber) {
        QueryString query = new QueryString();
        stages.forEach(stage -> query.add("stage", stage));
        return query.add("owner", owner).add("dueFrom", dueFrom).add("dueTo", dueTo).add("late", late)
                .add("atRisk", atRisk).add("blocked", blocked).add("q", text).add("sort", sort)
                .add("size", String.valueOf(PAGE_SIZE)).add("page", String.valueOf(pageNumber)).toString();
    }

    /** The same filter, on another page of the board (for the paging links). */
    public String pageLink(int pageNumber) {
        return "/jobs?" + query(pageNumber).replace("&size=" + PAGE_SIZE, "");
    }

    public boolean hasStage(String stage) {
        return stages.contains(stage);
    }

    public String value(String value) {
        return value == null ? "" : value;
    }
}
