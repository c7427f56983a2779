package app.routecard.marketplace.rfq;

import app.routecard.marketplace.capability.Certification;
import app.routecard.marketplace.capability.ProfileDtos;
import app.routecard.marketplace.capability.Process;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the RFQ API takes and answers. */
public final class RfqDtos {

    private RfqDtos() {
    }

    /** One line: a part, its quantity (or quantity breaks, ascending), process, material and size. */
    public record LineRequest(@NotBlank @Size(max = 60) String partNumber,
                              @Size(max = 20) String revision,
                              @NotNull @Size(min = 1, max = 5) List<@NotNull @Min(1) @Max(10_000_000) Integer> quantities,
                              @NotNull Process process,
                              @NotBlank @Size(max = 60) String material,
                              @Size(max = 60) String finish,
                              @Size(max = 30) String toleranceClass,
                              @Valid ProfileDtos.Envelope envelope,
                              @Size(max = 2000) String notes) {
    }

    public record RfqRequest(@NotBlank @Size(max = 120) String title,
                             @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull LineRequest> lines,
                             @NotNull @Size(max = 5) List<@NotNull Certification> certifications,
                             @NotNull LocalDate targetShipDate,
                             @NotNull OffsetDateTime quoteDeadline,
                             @Valid @NotNull ProfileDtos.Region shipTo,
                             @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                             @NotNull Boolean inviteOnly,
                             @NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> invited,
                             @NotNull @Size(max = 200) List<@NotBlank @Size(max = 64) String> blocked,
                             @Size(max = 4000) String notes) {
    }

    public record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record LineView(UUID id, int position, String partNumber, String revision, List<Integer> quantities,
                           Process process, String material, String finish, String toleranceClass,
                           ProfileDtos.Envelope envelope, String notes) {
        static LineView of(RfqLine line) {
            return new LineView(line.id, line.position, line.partNumber, line.revision, List.copyOf(line.quantities),
                    line.process, line.material, line.finish, line.toleranceClass, line.lengthMm == null ? null
                    : new ProfileDtos.Envelope(line.lengthMm, line.widthMm, line.heightMm), line.notes);
        }
    }

    public record RfqView(UUID id, String number, String title, RfqStatus status, List<LineView> lines,
                          List<Certification> certifications, LocalDate targetShipDate,
                          OffsetDateTime quoteDeadline, ProfileDtos.Region shipTo, String currency,
                          boolean inviteOnly, List<String> invited, List<String> blocked, String notes,
                          String cancelReason, String createdBy, OffsetDateTime createdAt, OffsetDateTime postedAt,
                          OffsetDateTime cancelledAt) {
        static RfqView of(Rfq rfq) {
            return new RfqView(rfq.id, rfq.number, rfq.title, rfq.status,
                    rfq.lines.stream().map(LineView::of).toList(), List.copyOf(rfq.certifications),
                    rfq.targetShipDate, rfq.quoteDeadline, new ProfileDtos.Region(rfq.shipToCountry,
                    rfq.shipToSubdivision), rfq.currency, rfq.inviteOnly, List.copyOf(rfq.invited),
                    List.copyOf(rfq.blocked), rfq.notes, rfq.cancelReason, rfq.createdBy, rfq.createdAt,
                    rfq.postedAt, rfq.cancelledAt);
        }
    }

    /** A list entry: enough for the buyer's RFQ list. */
    public record RfqSummary(UUID id, String number, String title, RfqStatus status, int lines,
                             LocalDate targetShipDate, OffsetDateTime quoteDeadline, OffsetDateTime createdAt) {
        static RfqSummary of(Rfq rfq) {
            return new RfqSummary(rfq.id, rfq.number, rfq.title, rfq.status, rfq.lines.size(), rfq.targetShipDate,
                    rfq.quoteDeadline, rfq.createdAt);
        }
    }
}
