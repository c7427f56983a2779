package app.routecard.notifications.inapp;

import app.routecard.notifications.rules.Notice;
import app.routecard.platform.service.paging.ListWindow;
import app.routecard.platform.service.paging.Paged;
import app.routecard.platform.tenancy.CurrentTenant;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person's notifications: those to a role they hold in their own tenant (the tenant is the token's, and row-level
 * security keeps every other out), but for the categories they switched off, each read or not by them.
 */
@RequestScoped
public class InAppInbox {

    private final SecurityIdentity identity;
    private final CurrentTenant tenant;
    private final EntityManager entities;

    public InAppInbox(SecurityIdentity identity, CurrentTenant tenant, EntityManager entities) {
        this.identity = identity;
        this.tenant = tenant;
        this.entities = entities;
    }

    @Transactional
    public Paged<NotificationDtos.NotificationView> list(ListWindow window) {
        String reader = reader();
        Paged<Notification> page = Paged.of(Notification.<Notification>find(
                "(recipientRole in ?1 or alsoPerson = ?3) and category not in ?2",
                window.sort("createdAt", Sort.Direction.Descending, "id"), roles(), switchedOff(), person()),
                window, n -> n);
        Set<UUID> read = readAmong(page.items().stream().map(n -> n.id).toList(), reader);
        return new Paged<>(page.items().stream().map(n -> new NotificationDtos.NotificationView(n.id, n.category,
                n.title, n.body, n.link, n.createdAt, read.contains(n.id))).toList(), page.page(), page.size(),
                page.total());
    }

    @Transactional
    public long unread() {
        return ((Number) entities.createNativeQuery("""
                select count(*) from notification n
                where n.tenant_id = :tenant and (n.recipient_role in (:roles) or n.also_person = :person)
                  and n.category not in (:off)
                  and not exists (
                    select 1 from notification_read r where r.notification_id = n.id and r.reader = :reader)""")
                .setParameter("tenant", tenant.id()).setParameter("roles", roles()).setParameter("off", switchedOff())
                .setParameter("person", person()).setParameter("reader", reader()).getSingleResult()).longValue();
    }

    /** Marks one of the person's notifications read (again is fine); answers it. */
    @Transactional
    public NotificationDtos.NotificationView read(UUID id) {
        Notification notification = Notification.<Notification>find(
                        "id = ?1 and (recipientRole in ?2 or alsoPerson = ?4) and category not in ?3", id, roles(),
                        switchedOff(), person())
                .firstResultOptional().orElseThrow(() -> new NotFoundException("No notification " + id));
        markRead("and n.id = :id", Map.of("id", id));
        return new NotificationDtos.NotificationView(notification.id, notification.category, notification.title,
                notification.body, notification.link, notification.createdAt, true);
    }

    /** Marks every one of the person's notifications read; answers how many were unread. */
    @Transactional
    public int readAll() {
        return markRead("", Map.of());
    }

    private int markRead(String which, Map<String, Object> parameters) {
        var insert = entities.createNativeQuery("insert into notification_read (notification_id, tenant_id, reader,"
                + " read_at) select n.id, n.tenant_id, :reader, :now from notification n where n.tenant_id = :tenant"
                + " and (n.recipient_role in (:roles) or n.also_person = :person) and n.category not in (:off) " + which
                        + " on conflict (notification_id, reader) do nothing")
                .setParameter("reader", reader()).setParameter("off", switchedOff()).setParameter("person", person())
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setParameter("tenant", tenant.id())
                .setParameter("roles", roles());
        parameters.forEach(insert::setParameter);
        return insert.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> readAmong(List<UUID> ids, String reader) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>((List<UUID>) entities.createNativeQuery("""
                select notification_id from notification_read where notification_id in (:ids) and reader = :reader""")
                .setParameter("ids", ids).setParameter("reader", reader).getResultList());
    }

    /** The categories the person switched off: not in their inbox either (never empty, for SQL's "not in"). */
    @SuppressWarnings("unchecked")
    private List<String> switchedOff() {
        List<String> off = entities.createNativeQuery("select category from notification_preference where user_id ="
                + " :user and channel = 'OFF'").setParameter("user", userId()).getResultList();
        return off.isEmpty() ? List.of("") : off;
    }

    private String userId() {
        return ((org.eclipse.microprofile.jwt.JsonWebToken) identity.getPrincipal()).getSubject();
    }

    /** The person's roles, and their own name as a recipient (a job's owner is told in person). */
    private List<String> roles() {
        List<String> roles = new java.util.ArrayList<>(identity.getRoles().stream().sorted().toList());
        roles.add(Notice.PERSON + person());
        return roles;
    }

    /** The person's user name, as notices name a job's owner. */
    private String person() {
        return reader().toLowerCase(java.util.Locale.ROOT);
    }

    private String reader() {
        return identity.getPrincipal().getName();
    }
}
