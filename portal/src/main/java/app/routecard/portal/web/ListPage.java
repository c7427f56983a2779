package app.routecard.portal.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a service's list (jobs, quotes, tenants) as every service pages it, with what paging links need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public static <T> ListPage<T> empty(int size) {
        return new ListPage<>(List.of(), 0, size, 0);
    }

    public long pages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
