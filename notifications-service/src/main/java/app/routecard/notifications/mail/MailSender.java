package app.routecard.notifications.mail;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.rules.DeliveryRetryPolicy;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends the e-mails that are due through the SMTP server: takes a batch under a lease, writes each
 * ({@link MailComposer}), sends it and records the outcome. A failure (the SMTP server away) is tried again later
 * ({@link DeliveryRetryPolicy}) and, after about a day, given up and kept as FAILED. The outcome is recorded after
 * the server took the mail, so a sender that dies in between sends it again when its lease runs out: at least
 * once, as for webhooks; a redelivered event never makes a second e-mail, since each is made once per
 * (notification, person).
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final EntityManager entities;
    private final MailComposer composer;
    private final Mailer mailer;
    private final NotificationClock clock;
    private final MailSettings settings;

    public MailSender(EntityManager entities, MailComposer composer, Mailer mailer, NotificationClock clock,
                      MailSettings settings) {
        this.entities = entities;
        this.composer = composer;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(every = "${routecard.mail.poll:2s}", delayed = "6s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "E-mails could not be sent", this::sendDue);
    }

    private record Taken(MailComposer.Outgoing outgoing, int attemptsBefore) {
    }

    /** Sends the e-mails due now; answers how many were tried. */
    public int sendDue() {
        Instant now = clock.now();
        List<Taken> taken = TenantTransactions.allTenants(MailFanOut.REASON, () -> take(now));
        for (Taken mail : taken) {
            String error = null;
            try {
                Mail written = TenantTransactions.allTenants(MailFanOut.REASON,
                        () -> composer.compose(mail.outgoing()));
                mailer.send(written);
            } catch (RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.debugf("E-mail %s not sent: %s", mail.outgoing().id(), error);
            }
            String failure = error;
            TenantTransactions.allTenants(MailFanOut.REASON, () -> {
                record(mail, failure);
                return null;
            });
        }
        return taken.size();
    }

    @SuppressWarnings("unchecked")
    private List<Taken> take(Instant now) {
        List<Taken> taken = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("update email_message set lease_until = :until"
                        + " where id in (select id from email_message where status = 'PENDING'"
                        + " and next_attempt_at <= :now and (lease_until is null or lease_until <= :now)"
                        + " order by next_attempt_at limit :batch for update skip locked)"
                        + " returning id, tenant_id, kind, notification_id, recipient_user, recipient_email,"
                        + " recipient_name, attempts, cast(content as text)")
                .setParameter("until", Timestamp.from(now.plus(settings.lease())))
                .setParameter("now", Timestamp.from(now)).setParameter("batch", settings.batch()).getResultList()) {
            taken.add(new Taken(new MailComposer.Outgoing((UUID) row[0], (String) row[1], (String) row[2],
                    (UUID) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[8]),
                    ((Number) row[7]).intValue()));
        }
        return taken;
    }

    private void record(Taken mail, String error) {
        Instant now = clock.now();
        int attempt = mail.attemptsBefore() + 1;
        Optional<Instant> retryAt = error == null ? Optional.empty()
                : DeliveryRetryPolicy.retryAfterFailure(attempt, now, () -> ThreadLocalRandom.current().nextDouble());
        String status = error == null ? "SENT" : retryAt.isPresent() ? "PENDING" : "FAILED";
        entities.createNativeQuery("update email_message set status = :status, attempts = :attempt,"
                        + " next_attempt_at = :next, lease_until = null, last_error = :error, sent_at = :sent"
                        + " where id = :id and attempts = :before")
                .setParameter("status", status).setParameter("attempt", attempt)
                .setParameter("next", retryAt.map(Timestamp::from).orElse(null)).setParameter("error", error)
                .setParameter("sent", error == null ? Timestamp.from(now) : null)
                .setParameter("id", mail.outgoing().id()).setParameter("before", mail.attemptsBefore())
                .executeUpdate();
    }
}
