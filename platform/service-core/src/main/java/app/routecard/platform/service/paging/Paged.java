package app.routecard.platform.service.paging;

import java.util.List;

/** One page of a list (a job's timeline, a file's downloads, …): the items, the window asked for and the total. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    /** Pages an already ordered query. */
    public static <E, T> Paged<T> of(io.quarkus.hibernate.orm.panache.PanacheQuery<E> query, ListWindow window,
                                     java.util.function.Function<E, T> view) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(window.page, window.size)).list().stream()
                .map(view).toList();
        return new Paged<>(items, window.page, window.size, query.count());
    }
}
