package app.routecard.notifications.deadlines;

import app.routecard.notifications.rules.Minutes;
import app.routecard.notifications.rules.Notice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The deadlines people are reminded of, as named rules: an offer still unanswered 4 hours before it expires tells
 * the shop's admins; a job due within 2 days and not finished is at risk, and one past its due date is late, each
 * telling the shop's admins once; on the day the shop promised its customer the next update, the job's owner is
 * reminded (a job without an owner: the shop's admins). Dates are the shop's own (its calendar's today). Plain Java.
 */
public final class DeadlinePolicy {

    static final Duration OFFER_REMINDER_BEFORE = Duration.ofHours(4);
    static final int AT_RISK_DAYS = 2;
    static final String SHOP_ADMIN = "shop_admin";

    /** The event types these reminders go out as (to webhooks too). */
    public static final String OFFER_EXPIRING = "marketplace.offer.expiring";
    public static final String JOB_AT_RISK = "job.at_risk";
    public static final String JOB_LATE = "job.late";
    public static final String CUSTOMER_UPDATE_DUE = "job.customer_update.due";

    private DeadlinePolicy() {
    }

    public static List<String> types() {
        return List.of(OFFER_EXPIRING, JOB_AT_RISK, JOB_LATE, CUSTOMER_UPDATE_DUE);
    }

    /** An offer nobody answered, expiring within 4 h and not yet reminded of. */
    public static boolean remindOfOffer(Instant expiresAt, boolean answered, boolean reminded, Instant now) {
        return !answered && !reminded && now.isBefore(expiresAt)
                && !now.plus(OFFER_REMINDER_BEFORE).isBefore(expiresAt);
    }

    /** A job not finished whose due date is today or within 2 days, not yet told. */
    public static boolean jobAtRisk(LocalDate due, boolean finished, boolean told, LocalDate today) {
        return !finished && !told && !today.isAfter(due) && ChronoUnit.DAYS.between(today, due) <= AT_RISK_DAYS;
    }

    /** A job not finished after its due date, not yet told. */
    public static boolean jobLate(LocalDate due, boolean finished, boolean told, LocalDate today) {
        return !finished && !told && today.isAfter(due);
    }

    /** A promised customer update due today or overdue, not yet told. */
    public static boolean customerUpdateDue(LocalDate dueOn, boolean told, LocalDate today) {
        return !told && !today.isBefore(dueOn);
    }

    public static Notice customerUpdateDue(String tenantId, String jobId, String number, LocalDate dueOn,
                                           String message, String owner) {
        String role = owner == null || owner.isBlank() ? SHOP_ADMIN : Notice.PERSON + owner.trim().toLowerCase(
                java.util.Locale.ROOT);
        return new Notice(tenantId, role, "jobs", "Customer update due " + dueOn + " for job " + number,
                "You promised: " + message + " Update the customer from the job page (share link).",
                "/jobs/" + jobId);
    }

    public static Notice offerExpiring(String tenantId, String offerId, String rfqNumber, Instant expiresAt) {
        return new Notice(tenantId, SHOP_ADMIN, "offers", "Offer for RFQ " + rfqNumber + " expires at "
                + Minutes.of(expiresAt), "Nobody has quoted, countered or declined it yet.", "/offers/" + offerId);
    }

    /** To the shop's admins and the job's owner (none: the admins only). */
    public static Notice jobAtRisk(String tenantId, String jobId, String number, LocalDate due, String owner) {
        return new Notice(tenantId, SHOP_ADMIN, "jobs", "Job " + number + " is due " + due + " and not finished",
                "Check it can still ship on time, or tell the customer.", "/jobs/" + jobId).alsoTo(owner);
    }

    /** To the shop's admins and the job's owner (none: the admins only). */
    public static Notice jobLate(String tenantId, String jobId, String number, LocalDate due, String owner) {
        return new Notice(tenantId, SHOP_ADMIN, "jobs", "Job " + number + " is late: it was due " + due,
                "It is not finished. Tell the customer when it will ship.", "/jobs/" + jobId).alsoTo(owner);
    }

}
