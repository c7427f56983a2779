package app.routecard.notifications.mail;

import app.routecard.notifications.rules.DeliveryPreferencePolicy;
import app.routecard.notifications.rules.Minutes;
import app.routecard.platform.tenancy.TenantNames;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an e-mail (HTML and plain text, from Qute templates) in the recipient's tenant's name and colour: one
 * notification, or a day's digest of what was held back. Every mail says why it came and carries a link that stops
 * e-mails of its category (also as the List-Unsubscribe header) and one to the person's notification settings.
 */
@ApplicationScoped
public class MailComposer {

    /** An e-mail to write: its row's kind, notification or digest, recipient, and a customer mail's content. */
    public record Outgoing(UUID id, String tenantId, String kind, UUID notificationId, String userId, String email,
                           String name, String content) {
    }

    /** A shop's update to its customer, as job-service told it. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerUpdate(String number, String customerName, String message, String shareUrl,
                                 String expiresAt) {
        public String validUntil() {
            return expiresAt == null ? "" : expiresAt.replaceAll("T.*", "");
        }
    }

    /** One notification as a mail shows it. */
    public record Item(String title, String body, String url, String category, String categoryLabel, String when) {
    }

    /** A category's unsubscribe link, as the digest lists them. */
    public record Unsubscribe(String label, String url) {
    }

    private final EntityManager entities;
    private final TenantNames names;
    private final TenantBrands brands;
    private final MailSettings settings;
    private final String portalUrl;
    private final Template notice;
    private final Template noticeText;
    private final Template digest;
    private final Template digestText;
    private final Template customer;
    private final Template customerText;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public MailComposer(EntityManager entities, TenantNames names, TenantBrands brands, MailSettings settings,
                        @ConfigProperty(name = "routecard.portal.url") String portalUrl,
                        @Location("mail/notice.html") Template notice, @Location("mail/notice.txt") Template noticeText,
                        @Location("mail/digest.html") Template digest, @Location("mail/digest.txt") Template digestText,
                        @Location("mail/customer.html") Template customer,
                        @Location("mail/customer.txt") Template customerText,
                        com.fasterxml.jackson.databind.ObjectMapper json) {
        this.customer = customer;
        this.customerText = customerText;
        this.json = json;
        this.entities = entities;
        this.names = names;
        this.brands = brands;
        this.settings = settings;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.notice = notice;
        this.noticeText = noticeText;
        this.digest = digest;
        this.digestText = digestText;
    }

    /** The mail, read in the caller's all-tenants transaction. */
    public Mail compose(Outgoing outgoing) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tenantName", names.of(outgoing.tenantId()).orElse("Routecard"));
        data.put("colour", brands.colourOf(outgoing.tenantId()));
        data.put("name", outgoing.name() == null || outgoing.name().isBlank() ? null : outgoing.name());
        data.put("preferencesUrl", portalUrl + "/notifications/preferences");
        if (outgoing.kind().equals("CUSTOMER")) {
            // The customer has no account: no settings to link to, and no category to stop.
            CustomerUpdate update;
            try {
                update = json.readValue(outgoing.content(), CustomerUpdate.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("A customer mail's content is the event's data", e);
            }
            data.put("update", update);
            data.put("name", update.customerName());
            data.put("preferencesUrl", null);
            String subject = data.get("tenantName") + ": an update on your order, job " + update.number();
            return mail(outgoing, subject, customer, customerText, data, null);
        }
        if (outgoing.kind().equals("NOTICE")) {
            Item item = items("n.id = :key", outgoing.notificationId()).get(0);
            String unsubscribe = unsubscribeUrl(outgoing, item.category());
            data.put("item", item);
            data.put("unsubscribeUrl", unsubscribe);
            return mail(outgoing, item.title(), notice, noticeText, data, unsubscribe);
        }
        List<Item> items = items("d.digest_id = :key", outgoing.id());
        Map<String, Unsubscribe> stops = new LinkedHashMap<>();
        items.forEach(item -> stops.computeIfAbsent(item.category(), category -> new Unsubscribe(item.categoryLabel(),
                unsubscribeUrl(outgoing, category))));
        data.put("items", items);
        data.put("unsubscribes", new ArrayList<>(stops.values()));
        String subject = "Your Routecard digest: " + items.size() + (items.size() == 1 ? " update" : " updates");
        return mail(outgoing, subject, digest, digestText, data, stops.values().iterator().next().url());
    }

    private Mail mail(Outgoing outgoing, String subject, Template html, Template text, Map<String, Object> data,
                      String unsubscribe) {
        var htmlInstance = html.instance();
        var textInstance = text.instance();
        data.forEach((key, value) -> {
            htmlInstance.data(key, value);
            textInstance.data(key, value);
        });
        Mail mail = Mail.withHtml(outgoing.email(), subject, htmlInstance.render()).setText(textInstance.render())
                .addHeader("X-Routecard-Message", outgoing.id().toString());
        return unsubscribe == null ? mail : mail.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
    }

    private String unsubscribeUrl(Outgoing outgoing, String category) {
        return portalUrl + "/unsubscribe/" + UnsubscribeTokens.token(settings.unsubscribeKey(),
                new UnsubscribeTokens.Request(outgoing.userId(), outgoing.tenantId(), category));
    }

    @SuppressWarnings("unchecked")
    private List<Item> items(String which, UUID key) {
        List<Item> items = new ArrayList<>();
        String from = which.startsWith("d.") ? "digest_item d join notification n on n.id = d.notification_id"
                : "notification n";
        for (Object[] row : (List<Object[]>) entities.createNativeQuery("select n.title, n.body, n.link, n.category,"
                + " n.created_at from " + from + " where " + which + " order by n.created_at, n.id")
                .setParameter("key", key).getResultList()) {
            String category = (String) row[3];
            items.add(new Item((String) row[0], (String) row[1], portalUrl + row[2], category,
                    DeliveryPreferencePolicy.category(category).map(DeliveryPreferencePolicy.Category::label)
                            .orElse(category), Minutes.of(app.routecard.platform.service.persistence.NativeValues
                            .offsetDateTime(row[4]).toInstant())));
        }
        return items;
    }

}
