package app.routecard.notifications.mail;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Each day from the digest hour, one e-mail per person gathers what their preferences held back before that hour.
 * A person's digest of a day is made once (unique per person and day), so running again, on this replica or
 * another, makes nothing new; what arrives later waits for the next day's.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    private final EntityManager entities;
    private final NotificationClock clock;
    private final MailSettings settings;

    public Digests(EntityManager entities, NotificationClock clock, MailSettings settings) {
        this.entities = entities;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(every = "${routecard.mail.digest-poll:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Digests could not be made", () -> compose(clock.now()));
    }

    /** Makes the digests due at {@code now}; answers how many held notifications they took. */
    public int compose(Instant now) {
        LocalDate day = now.atOffset(ZoneOffset.UTC).toLocalDate();
        Instant cutoff = day.atTime(settings.digestHour(), 0).toInstant(ZoneOffset.UTC);
        if (now.isBefore(cutoff)) {
            return 0;
        }
        return TenantTransactions.allTenants(MailFanOut.REASON, () -> entities.createNativeQuery(
                        "with waiting as (select distinct on (recipient_user) recipient_user, tenant_id,"
                                + " recipient_email, recipient_name from digest_item where digest_id is null"
                                + " and created_at < :cutoff order by recipient_user, created_at desc),"
                                + " made as (insert into email_message (id, tenant_id, kind, digest_day,"
                                + " recipient_user, recipient_email, recipient_name, status, attempts,"
                                + " next_attempt_at, created_at) select gen_random_uuid(), tenant_id, 'DIGEST', :day,"
                                + " recipient_user, recipient_email, recipient_name, 'PENDING', 0, :now, :now"
                                + " from waiting on conflict (recipient_user, digest_day) do nothing"
                                + " returning id, recipient_user)"
                                + " update digest_item d set digest_id = made.id from made"
                                + " where d.recipient_user = made.recipient_user and d.digest_id is null"
                                + " and d.created_at < :cutoff")
                .setParameter("cutoff", Timestamp.from(cutoff)).setParameter("day", day)
                .setParameter("now", Timestamp.from(now)).executeUpdate());
    }
}
