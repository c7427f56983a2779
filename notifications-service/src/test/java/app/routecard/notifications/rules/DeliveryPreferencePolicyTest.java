package app.routecard.notifications.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.notifications.rules.DeliveryPreferencePolicy.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryPreferencePolicyTest {

    @Test
    void a_shop_admin_and_a_buyer_each_see_the_categories_that_concern_them() {
        assertThat(DeliveryPreferencePolicy.forRoles(List.of("shop_admin"))).extracting(
                DeliveryPreferencePolicy.Category::name)
                .containsExactly("offers", "awards", "jobs", "quality", "standing", "account", "webhooks");
        assertThat(DeliveryPreferencePolicy.forRoles(List.of("shop_floor"))).extracting(
                DeliveryPreferencePolicy.Category::name).containsExactly("jobs");
        assertThat(DeliveryPreferencePolicy.forRoles(List.of("buyer"))).extracting(
                DeliveryPreferencePolicy.Category::name).containsExactly("quotes", "orders", "account", "webhooks");
        assertThat(DeliveryPreferencePolicy.forRoles(List.of("operator"))).extracting(
                DeliveryPreferencePolicy.Category::name).containsExactly("operations", "webhooks");
    }

    @Test
    void every_category_a_notice_carries_has_a_preference() {
        assertThat(DeliveryPreferencePolicy.CATEGORIES).extracting(DeliveryPreferencePolicy.Category::name)
                .contains("offers", "quotes", "awards", "orders", "jobs", "quality", "standing", "account", "operations",
                        "webhooks");
    }

    @Test
    void a_persons_choice_wins_over_the_default() {
        assertThat(DeliveryPreferencePolicy.channel("offers", null)).isEqualTo(Channel.EMAIL);
        assertThat(DeliveryPreferencePolicy.channel("standing", null)).isEqualTo(Channel.DIGEST);
        assertThat(DeliveryPreferencePolicy.channel("offers", Channel.DIGEST)).isEqualTo(Channel.DIGEST);
        assertThat(DeliveryPreferencePolicy.channel("something-new", null)).isEqualTo(Channel.IN_APP);
    }

    @Test
    void each_channel_says_what_it_sends() {
        assertThat(DeliveryPreferencePolicy.mailsAtOnce(Channel.EMAIL)).isTrue();
        assertThat(DeliveryPreferencePolicy.mailsAtOnce(Channel.DIGEST)).isFalse();
        assertThat(DeliveryPreferencePolicy.holdsForTheDigest(Channel.DIGEST)).isTrue();
        assertThat(DeliveryPreferencePolicy.holdsForTheDigest(Channel.IN_APP)).isFalse();
        assertThat(DeliveryPreferencePolicy.showsInTheInbox(Channel.IN_APP)).isTrue();
        assertThat(DeliveryPreferencePolicy.showsInTheInbox(Channel.DIGEST)).isTrue();
        assertThat(DeliveryPreferencePolicy.showsInTheInbox(Channel.OFF)).isFalse();
    }
}
