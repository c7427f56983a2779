package app.routecard.job.jobs;

import app.routecard.platform.service.problem.InvalidField;
import app.routecard.platform.tenancy.CurrentTenant;
import app.routecard.platform.tenancy.TenantCalendars;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The shop's own clock: "today" and "now" in the calling tenant's time zone. */
@RequestScoped
public class ShopClock {

    private final CurrentTenant tenant;
    private final TenantCalendars calendars;

    public ShopClock(CurrentTenant tenant, TenantCalendars calendars) {
        this.tenant = tenant;
        this.calendars = calendars;
    }

    /** Today in the shop's own time zone: a job due today is not late in the shop's afternoon. */
    public LocalDate today() {
        return calendars.today(tenant.id());
    }

    /** Now, at the shop's own UTC offset (so its date is the shop's date). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(calendars.zone(tenant.id()));
    }

    /** A date the caller sets for the future (a due date) must not be in the shop's past. */
    public void requireNotPast(String field, LocalDate date) {
        if (date != null && date.isBefore(today())) {
            throw new InvalidField(field, "must not be in the past");
        }
    }
}
