package app.routecard.notifications.mail;

import app.routecard.notifications.clock.NotificationClock;
import app.routecard.notifications.people.MemberDirectory;
import app.routecard.notifications.preferences.PreferenceStore;
import app.routecard.notifications.rules.DeliveryPreferencePolicy;
import app.routecard.notifications.rules.Notice;
import app.routecard.notifications.rules.DeliveryPreferencePolicy.Channel;
import app.routecard.platform.service.scheduling.ScheduledRuns;
import app.routecard.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns new notifications into e-mails: finds the people holding the notification's role in its tenant (Keycloak),
 * and for each, by their preference for its category, makes an e-mail to send at once or holds it for their digest.
 * Each (notification, person) is made once, and the notification is marked done in the same transaction; when
 * Keycloak is away nothing is marked and the next run tries again.
 */
@ApplicationScoped
public class MailFanOut {

    private static final Logger LOG = Logger.getLogger(MailFanOut.class);
    static final String REASON = "notifications of every tenant are turned into e-mails by one scheduler";

    private final EntityManager entities;
    private final MemberDirectory directory;
    private final PreferenceStore preferences;
    private final NotificationClock clock;
    private final MailSettings settings;
    private final ObjectMapper json;

    public MailFanOut(EntityManager entities, MemberDirectory directory, PreferenceStore preferences,
                      NotificationClock clock, MailSettings settings, ObjectMapper json) {
        this.entities = entities;
        this.directory = directory;
        this.preferences = preferences;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
    }

    @Scheduled(every = "${routecard.mail.poll:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        ScheduledRuns.orNextRun(LOG, "E-mails could not be made", this::fanOut);
    }

    private record Pending(UUID id, String tenantId, String role, String category, String alsoPerson) {
    }

    /** Makes the e-mails and digest items new notifications owe; answers how many notifications it handled. */
    public int fanOut() {
        return TenantTransactions.allTenants(REASON, this::fanOutInTransaction);
    }

    @SuppressWarnings("unchecked")
    private int fanOutInTransaction() {
        Instant now = clock.now();
        List<Pending> pending = new ArrayList<>();
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select id, tenant_id, recipient_role,"
                        + " category, also_person from notification where mailed_at is null and created_at > :since"
                        + " order by created_at limit 200 for update skip locked")
                .setParameter("since", Timestamp.from(now.minus(settings.freshFor()))).getResultList()) {
            pending.add(new Pending((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4]));
        }
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, List<MemberDirectory.Member>> holders = new LinkedHashMap<>();
        for (Pending notification : pending) {
            holders.computeIfAbsent(notification.tenantId() + "\n" + notification.role(),
                    key -> directory.holding(notification.tenantId(), notification.role()));
            if (notification.alsoPerson() != null) {
                holders.computeIfAbsent(notification.tenantId() + "\n" + Notice.PERSON + notification.alsoPerson(),
                        key -> directory.holding(notification.tenantId(), Notice.PERSON + notification.alsoPerson()));
            }
        }
        Map<String, Map<String, Channel>> chosen = preferences.chosenBy(holders.values().stream()
                .flatMap(List::stream).map(MemberDirectory.Member::userId).distinct().toList());
        ArrayNode mails = json.createArrayNode();
        ArrayNode held = json.createArrayNode();
        for (Pending notification : pending) {
            // The role's holders and the one person named beside them, each once (a job's owner may be an admin).
            Map<String, MemberDirectory.Member> recipients = new LinkedHashMap<>();
            holders.get(notification.tenantId() + "\n" + notification.role())
                    .forEach(member -> recipients.putIfAbsent(member.userId(), member));
            if (notification.alsoPerson() != null) {
                holders.get(notification.tenantId() + "\n" + Notice.PERSON + notification.alsoPerson())
                        .forEach(member -> recipients.putIfAbsent(member.userId(), member));
            }
            for (MemberDirectory.Member member : recipients.values()) {
                Channel channel = DeliveryPreferencePolicy.channel(notification.category(),
                        chosen.getOrDefault(member.userId(), Map.of()).get(notification.category()));
                ArrayNode into = DeliveryPreferencePolicy.mailsAtOnce(channel) ? mails
                        : DeliveryPreferencePolicy.holdsForTheDigest(channel) ? held : null;
                if (into != null) {
                    into.addObject().put("id", UUID.randomUUID().toString())
                            .put("notification", notification.id().toString()).put("tenant", notification.tenantId())
                            .put("user", member.userId()).put("email", member.email())
                            .put("name", member.firstName());
                }
            }
        }
        Timestamp at = Timestamp.from(now);
        if (!mails.isEmpty()) {
            entities.createNativeQuery("insert into email_message (id, tenant_id, kind, notification_id,"
                            + " recipient_user, recipient_email, recipient_name, status, attempts, next_attempt_at,"
                            + " created_at) select m.id, m.tenant, 'NOTICE', m.notification, m.user, m.email, m.name,"
                            + " 'PENDING', 0, :at, :at from jsonb_to_recordset(cast(:rows as jsonb)) as m(id uuid,"
                            + " notification uuid, tenant text, \"user\" text, email text, name text)"
                            + " on conflict (notification_id, recipient_user) do nothing")
                    .setParameter("rows", mails.toString()).setParameter("at", at).executeUpdate();
        }
        if (!held.isEmpty()) {
            entities.createNativeQuery("insert into digest_item (notification_id, recipient_user, tenant_id,"
                            + " recipient_email, recipient_name, created_at) select m.notification, m.user, m.tenant,"
                            + " m.email, m.name, :at from jsonb_to_recordset(cast(:rows as jsonb)) as m(id uuid,"
                            + " notification uuid, tenant text, \"user\" text, email text, name text)"
                            + " on conflict (notification_id, recipient_user) do nothing")
                    .setParameter("rows", held.toString()).setParameter("at", at).executeUpdate();
        }
        entities.createNativeQuery("update notification set mailed_at = :at where id in (:ids)")
                .setParameter("at", at).setParameter("ids", pending.stream().map(Pending::id).toList())
                .executeUpdate();
        return pending.size();
    }
}
