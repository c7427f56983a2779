package app.routecard.notifications.inapp;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the in-app inbox API answers. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    public record NotificationView(UUID id, String category, String title, String body, String link,
                                   OffsetDateTime createdAt, boolean read) {
    }

    public record UnreadCount(long unread) {
    }

    public record Marked(int marked) {
    }
}
