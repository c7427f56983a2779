package app.routecard.job.share;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public final class ShareDtos {

    private ShareDtos() {
    }

    /**
     * {@code expiresInHours}: 1 hour to 90 days, 14 days when absent. With {@code customerEmail} the link is e-mailed
     * to the customer in the shop's name, with {@code message} (else the promised next update's) above it.
     */
    public record NewShareLink(@Min(1) @Max(2160) Integer expiresInHours, @Size(max = 200) String label,
                               @Email @Size(max = 254) String customerEmail, @Size(max = 2000) String message) {
    }

    /** The only time the token is shown: the shop hands the URL to its customer. */
    public record CreatedShareLink(UUID id, String token, String url, OffsetDateTime expiresAt, String label) {
    }

    public record ShareLinkView(UUID id, String label, String createdBy, OffsetDateTime createdAt,
                                OffsetDateTime expiresAt, OffsetDateTime revokedAt, boolean active,
                                OffsetDateTime lastOpenedAt, int openedCount) {
        static ShareLinkView of(ShareLink link, OffsetDateTime now) {
            return new ShareLinkView(link.id, link.label, link.createdBy, link.createdAt, link.expiresAt,
                    link.revokedAt, ShareTokens.active(link.expiresAt, link.revokedAt, now), link.lastOpenedAt,
                    link.openedCount);
        }
    }

    public record CustomerUpdate(@NotNull LocalDate nextUpdateOn, @NotBlank @Size(max = 2000) String message) {
    }

    /**
     * What a customer sees: no ids, names, owners, costs, blockers or quality records — only which shop it is, how
     * far the job is, what the shop will say next, and what has shipped.
     */
    public record SharedStatus(String shopName, String jobNumber, String partNumber, String stage, int progressPercent,
                               NextUpdate nextUpdate, List<SharedShipment> shipments) {
    }

    public record NextUpdate(LocalDate date, String message) {
    }

    public record SharedShipment(int quantity, String carrier, String trackingNumber, OffsetDateTime shippedAt,
                                 OffsetDateTime deliveredAt) {
    }
}
