package app.routecard.notifications.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a person hears of each category of notification: in the portal only, by e-mail at once, in a daily digest,
 * or not at all (then not in the portal either). Each category concerns some roles and has a default a person may
 * change; what they chose wins. Plain Java.
 */
public final class DeliveryPreferencePolicy {

    public enum Channel {
        IN_APP, EMAIL, DIGEST, OFF
    }

    /** A category: its name (as notices carry it), what it means to a person, the roles it concerns, its default. */
    public record Category(String name, String label, Set<String> roles, Channel byDefault) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("offers", "Offers routed to your shop", Set.of("shop_admin"), Channel.EMAIL),
            new Category("awards", "Awards won or lost, and awards waiting for your acknowledgement",
                    Set.of("shop_admin"), Channel.EMAIL),
            new Category("jobs", "Jobs blocked, at risk or late, and customer updates due on your jobs",
                    Set.of("shop_admin", "shop_floor"), Channel.EMAIL),
            new Category("quality", "Parts a customer sent back", Set.of("shop_admin"), Channel.EMAIL),
            new Category("standing", "Changes to your shop's standing in the marketplace", Set.of("shop_admin"),
                    Channel.DIGEST),
            new Category("quotes", "Quotes on your RFQs", Set.of("buyer"), Channel.EMAIL),
            new Category("orders", "Your orders shipped and delivered", Set.of("buyer"), Channel.EMAIL),
            new Category("account", "Your organization suspended or reinstated", Set.of("shop_admin", "buyer"),
                    Channel.EMAIL),
            new Category("operations", "Suppliers' standing changes across the marketplace", Set.of("operator"),
                    Channel.DIGEST),
            new Category("webhooks", "Webhook endpoints switched off after failing for days",
                    Set.of("shop_admin", "buyer", "operator"), Channel.EMAIL));

    private DeliveryPreferencePolicy() {
    }

    /** The categories that concern a person with these roles, in a stable order. */
    public static List<Category> forRoles(Collection<String> roles) {
        return CATEGORIES.stream().filter(category -> category.roles().stream().anyMatch(roles::contains)).toList();
    }

    public static Optional<Category> category(String name) {
        return CATEGORIES.stream().filter(category -> category.name().equals(name)).findFirst();
    }

    /** The channel for a category: the person's choice, else the category's default (in-app for one unknown). */
    public static Channel channel(String category, Channel chosen) {
        if (chosen != null) {
            return chosen;
        }
        return category(category).map(Category::byDefault).orElse(Channel.IN_APP);
    }

    public static boolean mailsAtOnce(Channel channel) {
        return channel == Channel.EMAIL;
    }

    public static boolean holdsForTheDigest(Channel channel) {
        return channel == Channel.DIGEST;
    }

    public static boolean showsInTheInbox(Channel channel) {
        return channel != Channel.OFF;
    }
}
