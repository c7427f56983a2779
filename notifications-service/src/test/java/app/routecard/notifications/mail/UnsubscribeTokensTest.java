package app.routecard.notifications.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final UnsubscribeTokens.Request ALEX_OFFERS = new UnsubscribeTokens.Request(
            "7b0c1f0e-0000-4000-8000-000000000001", "acme-tenant", "offers");

    @Test
    void a_token_carries_who_stops_which_category() {
        String token = UnsubscribeTokens.token("key", ALEX_OFFERS);
        assertThat(token).matches("[A-Za-z0-9_.-]+");
        assertThat(UnsubscribeTokens.read("key", token)).contains(ALEX_OFFERS);
    }

    @Test
    void an_altered_or_foreign_or_malformed_token_is_refused() {
        String token = UnsubscribeTokens.token("key", ALEX_OFFERS);
        String otherCategory = UnsubscribeTokens.token("key", new UnsubscribeTokens.Request(ALEX_OFFERS.userId(),
                ALEX_OFFERS.tenantId(), "awards"));
        String forged = otherCategory.substring(0, otherCategory.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(UnsubscribeTokens.read("key", forged)).isEmpty();
        assertThat(UnsubscribeTokens.read("another key", token)).isEmpty();
        assertThat(UnsubscribeTokens.read("key", "nonsense")).isEmpty();
        assertThat(UnsubscribeTokens.read("key", "!!!.???")).isEmpty();
        assertThat(UnsubscribeTokens.read("key", null)).isEmpty();
    }
}
