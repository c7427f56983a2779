package app.routecard.notifications.deadlines;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.inapp.Notifications;
import app.routecard.notifications.rules.Notice;
import app.routecard.notifications.webhooks.WebhookDeliveries;
import app.routecard.platform.inbox.InboxEvent;
import app.routecard.platform.service.persistence.NativeValues;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantCalendars;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Watches the deadlines of offers and jobs: learns them from the events (an offer sent and when it expires, whether
 * it was answered; a job's due date, whether it finished), and once a minute tells the shop's admins of the ones
 * {@link DeadlinePolicy} says are due, in the portal, by e-mail and to their webhooks, each once.
 */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class);
    static final String REASON = "deadlines of every tenant are watched by one scheduler";
    static final Set<String> ANSWERS = Set.of("marketplace.quote.submitted", "marketplace.offer.declined",
            "marketplace.offer.expired", "marketplace.offer.countered");
    static final Set<String> JOB_FINISHED = Set.of("job.closed", "job.cancelled", "job.delivered");

    private final EntityManager entities;
    private final Notifications notifications;
    private final WebhookDeliveries webhooks;
    private final TenantCalendars calendars;
    private final NotificationClock clock;
    private final ObjectMapper json;

    public Deadlines(EntityManager entities, Notifications notifications, WebhookDeliveries webhooks,
                     TenantCalendars calendars, NotificationClock clock, ObjectMapper json) {
        this.entities = entities;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.calendars = calendars;
        this.clock = clock;
        this.json = json;
    }

    /** The event types that tell of a deadline or end one. */
    public static boolean concerns(String type) {
        return type.equals("marketplace.offer.sent") || ANSWERS.contains(type) || type.equals("job.created")
                || type.equals("job.customer_update.scheduled")
                || type.equals("job.released") || type.equals("job.shipped") || JOB_FINISHED.contains(type);
    }

    /** Learns deadlines from a poll's events, in the follower's all-tenants transaction. */
    public void learn(List<InboxEvent> events) {
        for (InboxEvent event : events) {
            var data = event.data();
            String type = event.type();
            if (type.equals("marketplace.offer.sent")) {
                entities.createNativeQuery("insert into offer_deadline (offer_id, tenant_id, rfq_number, expires_at)"
                                + " values (:offer, :tenant, :rfq, :expires) on conflict (offer_id) do nothing")
                        .setParameter("offer", UUID.fromString(data.path("offerId").asText()))
                        .setParameter("tenant", event.tenantId()).setParameter("rfq", data.path("rfqNumber").asText())
                        .setParameter("expires", Timestamp.from(OffsetDateTime.parse(data.path("expiresAt").asText())
                                .toInstant())).executeUpdate();
            } else if (ANSWERS.contains(type) && data.hasNonNull("offerId")) {
                entities.createNativeQuery("update offer_deadline set answered_at = coalesce(answered_at, :at)"
                                + " where offer_id = :offer").setParameter("at", Timestamp.from(clock.now()))
                        .setParameter("offer", UUID.fromString(data.path("offerId").asText())).executeUpdate();
            } else if ((type.equals("job.created") || type.equals("job.released")) && data.hasNonNull("dueDate")) {
                entities.createNativeQuery("insert into job_deadline (job_id, tenant_id, job_number, due_date, owner)"
                                + " values (:job, :tenant, :number, :due, :owner) on conflict (job_id) do update set"
                                + " due_date = excluded.due_date, job_number = excluded.job_number,"
                                + " owner = excluded.owner")
                        .setParameter("job", UUID.fromString(data.path("jobId").asText()))
                        .setParameter("tenant", event.tenantId()).setParameter("number", data.path("number").asText())
                        .setParameter("due", LocalDate.parse(data.path("dueDate").asText()))
                        .setParameter("owner", data.path("owner").asText(null)).executeUpdate();
            } else if (type.equals("job.customer_update.scheduled")) {
                // A new promise replaces the last one and is told on its own day.
                entities.createNativeQuery("insert into customer_update_deadline (job_id, tenant_id, job_number,"
                                + " due_on, message, owner) values (:job, :tenant, :number, :due, :message, :owner)"
                                + " on conflict (job_id) do update set due_on = excluded.due_on, message ="
                                + " excluded.message, owner = excluded.owner, job_number = excluded.job_number,"
                                + " told_at = null")
                        .setParameter("job", UUID.fromString(data.path("jobId").asText()))
                        .setParameter("tenant", event.tenantId()).setParameter("number", data.path("number").asText())
                        .setParameter("due", LocalDate.parse(data.path("nextUpdateOn").asText()))
                        .setParameter("message", data.path("message").asText(""))
                        .setParameter("owner", data.path("owner").asText(null)).executeUpdate();
            } else if ((JOB_FINISHED.contains(type) || (type.equals("job.shipped")
                    && data.path("complete").asBoolean(false))) && data.hasNonNull("jobId")) {
                entities.createNativeQuery("update job_deadline set finished_at = coalesce(finished_at, :at)"
                                + " where job_id = :job").setParameter("at", Timestamp.from(clock.now()))
                        .setParameter("job", UUID.fromString(data.path("jobId").asText())).executeUpdate();
            }
        }
    }

    @Scheduled(every = "${routecard.deadlines.poll:1m}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "Deadlines could not be checked", this::remind);
    }

    private record Reminder(String type, UUID subject, String tenantId, Notice notice, String data) {
    }

    /** Tells of the deadlines due now, once each; answers how many reminders went out. */
    public int remind() {
        Instant now = clock.now();
        return TenantTransactions.allTenants(REASON, () -> {
            List<Reminder> reminders = new ArrayList<>();
            reminders.addAll(offersExpiring(now));
            reminders.addAll(jobsDue());
            reminders.addAll(customerUpdatesDue());
            List<Notifications.Addressed> addressed = new ArrayList<>();
            List<WebhookDeliveries.Told> told = new ArrayList<>();
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            for (Reminder reminder : reminders) {
                // One id per reminder (type and subject): however often the watch runs, it is told once.
                UUID eventId = UUID.nameUUIDFromBytes((reminder.type() + ":" + reminder.subject())
                        .getBytes(StandardCharsets.UTF_8));
                addressed.add(new Notifications.Addressed(eventId, at, reminder.notice()));
                try {
                    told.add(new WebhookDeliveries.Told(eventId, reminder.type(), reminder.tenantId(), at,
                            json.readTree(reminder.data()), List.of(reminder.notice())));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            notifications.record(addressed);
            webhooks.enqueue(told);
            return reminders.size();
        });
    }

    @SuppressWarnings("unchecked")
    private List<Reminder> offersExpiring(Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select offer_id, tenant_id, rfq_number,"
                        + " expires_at from offer_deadline where answered_at is null and reminded_at is null"
                        + " and expires_at > :now and expires_at <= :soon for update skip locked")
                .setParameter("now", Timestamp.from(now))
                .setParameter("soon", Timestamp.from(now.plus(DeadlinePolicy.OFFER_REMINDER_BEFORE)))
                .getResultList()) {
            UUID offer = (UUID) row[0];
            Instant expires = NativeValues.offsetDateTime(row[3]).toInstant();
            if (DeadlinePolicy.remindOfOffer(expires, false, false, now)) {
                reminders.add(new Reminder(DeadlinePolicy.OFFER_EXPIRING, offer, (String) row[1],
                        DeadlinePolicy.offerExpiring((String) row[1], offer.toString(), (String) row[2], expires),
                        json.createObjectNode().put("offerId", offer.toString()).put("rfqNumber", (String) row[2])
                                .put("expiresAt", expires.toString()).toString()));
                entities.createNativeQuery("update offer_deadline set reminded_at = :now where offer_id = :offer")
                        .setParameter("now", Timestamp.from(now)).setParameter("offer", offer).executeUpdate();
            }
        }
        return reminders;
    }

    @SuppressWarnings("unchecked")
    private List<Reminder> jobsDue() {
        List<Reminder> reminders = new ArrayList<>();
        LocalDate horizon = clock.now().atOffset(ZoneOffset.UTC).toLocalDate()
                .plusDays(DeadlinePolicy.AT_RISK_DAYS + 1L);
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select job_id, tenant_id, job_number,"
                        + " due_date, risk_told_at is not null, late_told_at is not null, owner from job_deadline"
                        + " where finished_at is null and late_told_at is null and due_date <= :horizon"
                        + " for update skip locked").setParameter("horizon", horizon).getResultList()) {
            UUID job = (UUID) row[0];
            String tenant = (String) row[1];
            LocalDate due = NativeValues.localDate(row[3]);
            LocalDate today = calendars.today(tenant);
            String data = json.createObjectNode().put("jobId", job.toString()).put("number", (String) row[2])
                    .put("dueDate", due.toString()).toString();
            if (DeadlinePolicy.jobLate(due, false, (Boolean) row[5], today)) {
                reminders.add(new Reminder(DeadlinePolicy.JOB_LATE, job, tenant,
                        DeadlinePolicy.jobLate(tenant, job.toString(), (String) row[2], due, (String) row[6]), data));
                mark(job, "late_told_at");
            } else if (DeadlinePolicy.jobAtRisk(due, false, (Boolean) row[4], today)) {
                reminders.add(new Reminder(DeadlinePolicy.JOB_AT_RISK, job, tenant,
                        DeadlinePolicy.jobAtRisk(tenant, job.toString(), (String) row[2], due, (String) row[6]),
                        data));
                mark(job, "risk_told_at");
            }
        }
        return reminders;
    }

    @SuppressWarnings("unchecked")
    private List<Reminder> customerUpdatesDue() {
        List<Reminder> reminders = new ArrayList<>();
        LocalDate horizon = clock.now().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select c.job_id, c.tenant_id, c.job_number,"
                        + " c.due_on, c.message, c.owner from customer_update_deadline c"
                        + " where c.told_at is null and c.due_on <= :horizon and not exists (select 1 from"
                        + " job_deadline j where j.job_id = c.job_id and j.finished_at is not null)"
                        + " for update of c skip locked").setParameter("horizon", horizon).getResultList()) {
            UUID job = (UUID) row[0];
            String tenant = (String) row[1];
            LocalDate due = NativeValues.localDate(row[3]);
            if (DeadlinePolicy.customerUpdateDue(due, false, calendars.today(tenant))) {
                // Its subject is the job and the promised day: a new promise is reminded of again.
                reminders.add(new Reminder(DeadlinePolicy.CUSTOMER_UPDATE_DUE, UUID.nameUUIDFromBytes(
                        (job + ":" + due).getBytes(StandardCharsets.UTF_8)), tenant,
                        DeadlinePolicy.customerUpdateDue(tenant, job.toString(), (String) row[2], due,
                                (String) row[4], (String) row[5]),
                        json.createObjectNode().put("jobId", job.toString()).put("number", (String) row[2])
                                .put("nextUpdateOn", due.toString()).put("message", (String) row[4]).toString()));
                entities.createNativeQuery("update customer_update_deadline set told_at = :now where job_id = :job")
                        .setParameter("now", Timestamp.from(clock.now())).setParameter("job", job).executeUpdate();
            }
        }
        return reminders;
    }

    private void mark(UUID job, String column) {
        entities.createNativeQuery("update job_deadline set " + column + " = :now where job_id = :job")
                .setParameter("now", Timestamp.from(clock.now())).setParameter("job", job).executeUpdate();
    }
}
