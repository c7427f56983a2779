package app.routecard.portal.notifications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the notifications pages show, as notifications-service answers it. */
public final class NotificationViews {

    private NotificationViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notification(String id, String category, String title, String body, String link,
                               OffsetDateTime createdAt, boolean read) {
        public String when() {
            return createdAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString()
                    .replace('T', ' ') + " UTC";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Notification> items, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public int next() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }
    }
}
