package app.routecard.portal.jobs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<String> parts = new ArrayList<>();
        stages.forEach(stage -> add(parts, "stage", stage));
        add(parts, "owner", owner);
        add(parts, "dueFrom", dueFrom);
        add(parts, "dueTo", dueTo);
        add(parts, "late", late);
        add(parts, "atRisk", atRisk);
        add(parts, "blocked", blocked);
        add(parts, "q", text);
        add(parts, "sort", sort);
        add(parts, "size", String.valueOf(PAGE_SIZE));
        add(parts, "page", String.valueOf(pageNumber));
        return String.join("&", parts);
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

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }
}
