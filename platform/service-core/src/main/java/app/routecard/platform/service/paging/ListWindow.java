package app.routecard.platform.service.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page and order of a list: {@code page}, {@code size} (1-200) and {@code order} ({@code asc} or
 * {@code desc}, by the list's natural key, usually time).
 */
public class ListWindow {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(100_000)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(200)
    public int size;

    @QueryParam("order")
    @DefaultValue("")
    @jakarta.validation.constraints.Pattern(regexp = "|asc|desc", message = "must be asc or desc")
    public String order;

    /** The list's key in the requested direction ({@code natural} when none was asked), then a tiebreaker. */
    public Sort sort(String key, Sort.Direction natural, String tiebreaker) {
        Sort.Direction direction = order.isEmpty() ? natural
                : order.equals("asc") ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return Sort.by(key, direction).and(tiebreaker, direction);
    }
}
