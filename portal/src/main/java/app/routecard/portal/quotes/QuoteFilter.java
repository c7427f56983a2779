package app.routecard.portal.quotes;

import app.routecard.portal.web.FormValues;
import app.routecard.portal.web.QueryString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quote list's filters as the page's form sends them, passed on to job-service's list as they are: the service
 * judges them, and its 400 naming a parameter is shown next to that filter.
 */
public record QuoteFilter(String status, String text, String sort, int page) {

    public static final List<String> STATUSES = List.of("DRAFT", "SENT", "ACCEPTED", "DECLINED");
    public static final Map<String, String> SORTS = sorts();
    static final int PAGE_SIZE = 20;

    public QuoteFilter {
        sort = sort == null || sort.isBlank() ? "-createdAt" : sort;
        page = Math.max(0, page);
    }

    static QuoteFilter of(String status, String text, String sort, String page) {
        return new QuoteFilter(status, text, sort, FormValues.pageNumber(page));
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("-createdAt", "Newest first");
        sorts.put("validUntil", "Expiring soonest");
        sorts.put("customerName", "Customer");
        sorts.put("number", "Quote number");
        return sorts;
    }

    /** The query of job-service's {@code /api/quotes} for this filter and page. */
    public String query(int pageNumber) {
        return new QueryString().add("status", status).add("q", text).add("sort", sort)
                .add("size", String.valueOf(PAGE_SIZE)).add("page", String.valueOf(pageNumber)).toString();
    }

    /** The same filter, on another page of the list (for the paging links). */
    public String pageLink(int pageNumber) {
        return "/quotes?" + query(pageNumber).replace("&size=" + PAGE_SIZE, "");
    }

    public String value(String value) {
        return value == null ? "" : value;
    }
}
