package app.routecard.marketplace.capability;

import app.routecard.platform.service.problem.InvalidField;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.UUID;

/** Reads and saves the signed-in shop's capability profile. */
@RequestScoped
public class ProfileService {

    private final SecurityIdentity identity;

    public ProfileService(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Transactional
    public ProfileDtos.ProfileView get() {
        return CapabilityProfile.own().map(ProfileDtos.ProfileView::of)
                .orElseGet(ProfileDtos.ProfileView::notConfigured);
    }

    @Transactional
    public ProfileDtos.ProfileView save(ProfileDtos.ProfileRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ProfilePolicy.problem(request, LocalDate.now(ZoneOffset.UTC)).ifPresent(problem -> {
            throw new InvalidField(problem[0], problem[1]);
        });
        CapabilityProfile profile = CapabilityProfile.own().orElseGet(() -> {
            CapabilityProfile created = new CapabilityProfile();
            created.id = UUID.randomUUID();
            return created;
        });
        profile.takesMarketplaceWork = request.takesMarketplaceWork();
        profile.processes = new ArrayList<>(new LinkedHashSet<>(request.processes()));
        profile.materials = new ArrayList<>(new LinkedHashSet<>(request.materials().stream().map(String::strip)
                .toList()));
        profile.certifications = new ArrayList<>(request.certifications());
        profile.maxLengthMm = request.maxEnvelope().lengthMm();
        profile.maxWidthMm = request.maxEnvelope().widthMm();
        profile.maxHeightMm = request.maxEnvelope().heightMm();
        profile.minQuantity = request.minQuantity();
        profile.maxQuantity = request.maxQuantity();
        profile.shipFromCountry = request.shipFrom().country();
        profile.shipFromSubdivision = request.shipFrom().subdivision();
        profile.shipsTo = new ArrayList<>(new LinkedHashSet<>(request.shipsTo()));
        profile.maxOpenOffers = request.maxOpenOffers();
        profile.maxOpenJobs = request.maxOpenJobs();
        profile.blackouts = new ArrayList<>(request.blackouts());
        profile.typicalLeadDays = request.typicalLeadDays();
        profile.updatedBy = identity.getPrincipal().getName();
        profile.updatedAt = now;
        profile.persistAndFlush();
        return ProfileDtos.ProfileView.of(profile);
    }
}
