package app.routecard.marketplace.routing;

import java.time.LocalDate;

/** Days from {@code first} to {@code last}, both included (a supplier's blackout: holidays, a move). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A date range ends on or after its first day");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
