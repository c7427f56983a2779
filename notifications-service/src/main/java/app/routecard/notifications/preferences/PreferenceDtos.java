package app.routecard.notifications.preferences;

import java.util.List;

/** What the preferences API answers. */
public final class PreferenceDtos {

    private PreferenceDtos() {
    }

    /** One category: what it means, how the person hears of it, and how they would by default. */
    public record CategoryPreference(String category, String label, String channel, String byDefault) {
    }

    public record Preferences(List<CategoryPreference> categories, List<String> channels) {
    }

    /** What an unsubscribe link stops: the category, in words. */
    public record Unsubscribed(String category, String label, String channel) {
    }
}
