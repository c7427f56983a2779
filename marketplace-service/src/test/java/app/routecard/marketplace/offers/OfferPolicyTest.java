package app.routecard.marketplace.offers;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OfferPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void an_open_offer_is_declined_once_while_it_stands_and_other_needs_words() {
        assertThat(OfferPolicy.checkDecline("NEW", NOW.plusHours(1), NOW, OfferPolicy.DeclineReason.CAPACITY, null))
                .isEmpty();
        assertThat(OfferPolicy.checkDecline("VIEWED", NOW.plusHours(1), NOW, OfferPolicy.DeclineReason.OTHER,
                "drawing unreadable")).isEmpty();
        assertThat(OfferPolicy.checkDecline("DECLINED", NOW.plusHours(1), NOW, OfferPolicy.DeclineReason.CAPACITY,
                null)).map(Refusal::rule).hasValue("AnswerOnlyOpenOffers");
        assertThat(OfferPolicy.checkDecline("NEW", NOW, NOW, OfferPolicy.DeclineReason.CAPACITY, null))
                .map(Refusal::rule).hasValue("NoAnswerAfterExpiry");
        assertThat(OfferPolicy.checkDecline("NEW", NOW.plusHours(1), NOW, OfferPolicy.DeclineReason.OTHER, " "))
                .map(Refusal::rule).hasValue("OtherNeedsWords");
    }
}
