package app.routecard.marketplace.capability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the profile API takes and answers. */
public final class ProfileDtos {

    private ProfileDtos() {
    }

    /** A certification the supplier holds, valid through {@code expiresOn}. */
    public record HeldCertification(@NotNull Certification certification, @NotNull LocalDate expiresOn) {
    }

    /** Days the shop takes no marketplace work (holidays, a move), both included. */
    public record Blackout(@NotNull LocalDate first, @NotNull LocalDate last) {
    }

    /** The largest part the shop makes, in millimetres. */
    public record Envelope(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal lengthMm,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal widthMm,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") BigDecimal heightMm) {
    }

    /** An ISO 3166-1 country and optionally its ISO 3166-2 subdivision. */
    public record Region(@NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
                         @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}") String subdivision) {
    }

    public record ProfileRequest(@NotNull Boolean takesMarketplaceWork,
                                 @NotNull @Size(min = 1, max = 30) List<@NotNull Process> processes,
                                 @NotNull @Size(max = 50) List<@NotBlank @Size(max = 60) String> materials,
                                 @NotNull @Size(max = 10) List<@Valid @NotNull HeldCertification> certifications,
                                 @Valid @NotNull Envelope maxEnvelope,
                                 @NotNull @Min(1) @Max(10_000_000) Integer minQuantity,
                                 @NotNull @Min(1) @Max(10_000_000) Integer maxQuantity,
                                 @Valid @NotNull Region shipFrom,
                                 @NotNull @Size(max = 250) List<@NotNull @Pattern(regexp = "[A-Z]{2}") String> shipsTo,
                                 @NotNull @Min(1) @Max(500) Integer maxOpenOffers,
                                 @NotNull @Min(1) @Max(500) Integer maxOpenJobs,
                                 @NotNull @Size(max = 50) List<@Valid @NotNull Blackout> blackouts,
                                 @NotNull @Min(1) @Max(365) Integer typicalLeadDays) {
    }

    /** The profile as the shop sees it; {@code configured} false until it is first saved. */
    public record ProfileView(boolean configured, boolean takesMarketplaceWork, List<Process> processes,
                              List<String> materials, List<HeldCertification> certifications, Envelope maxEnvelope,
                              Integer minQuantity, Integer maxQuantity, Region shipFrom, List<String> shipsTo,
                              Integer maxOpenOffers, Integer maxOpenJobs, List<Blackout> blackouts,
                              Integer typicalLeadDays, String updatedBy, OffsetDateTime updatedAt) {

        static ProfileView notConfigured() {
            return new ProfileView(false, false, List.of(), List.of(), List.of(), null, null, null, null, List.of(),
                    null, null, List.of(), null, null, null);
        }

        static ProfileView of(CapabilityProfile profile) {
            return new ProfileView(true, profile.takesMarketplaceWork, List.copyOf(profile.processes),
                    List.copyOf(profile.materials), List.copyOf(profile.certifications),
                    new Envelope(profile.maxLengthMm, profile.maxWidthMm, profile.maxHeightMm), profile.minQuantity,
                    profile.maxQuantity, new Region(profile.shipFromCountry, profile.shipFromSubdivision),
                    List.copyOf(profile.shipsTo), profile.maxOpenOffers, profile.maxOpenJobs,
                    List.copyOf(profile.blackouts), profile.typicalLeadDays, profile.updatedBy, profile.updatedAt);
        }
    }
}
