package app.routecard.marketplace.offers;

import app.routecard.platform.service.rules.Refusal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/** What a shop may do with an offer: answer it once, while it stands. Plain Java. */
public final class OfferPolicy {

    /** Why a shop declines, from a list (so the buyer and the scorecards can count them), "other" with words. */
    public enum DeclineReason { CAPACITY, CAPABILITY, MATERIAL, LEAD_TIME, PRICE_TARGET, OTHER }

    private static final Set<String> OPEN = Set.of("NEW", "VIEWED");

    private OfferPolicy() {
    }

    public static Optional<Refusal> checkDecline(String status, OffsetDateTime expiresAt, OffsetDateTime now,
                                                 DeclineReason reason, String note) {
        if (!OPEN.contains(status)) {
            return Optional.of(new Refusal("AnswerOnlyOpenOffers", "This offer is " + status.toLowerCase(
                    java.util.Locale.ROOT) + " already"));
        }
        if (!expiresAt.isAfter(now)) {
            return Optional.of(new Refusal("NoAnswerAfterExpiry", "The offer expired at " + expiresAt));
        }
        if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
            return Optional.of(new Refusal("OtherNeedsWords", "Say why in the note when the reason is 'other'"));
        }
        return Optional.empty();
    }
}
