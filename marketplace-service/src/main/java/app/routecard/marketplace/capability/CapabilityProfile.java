package app.routecard.marketplace.capability;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A SHOP tenant's capability profile, one per tenant. */
@Entity
@Table(name = "capability_profile")
public class CapabilityProfile extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "takes_marketplace_work", nullable = false)
    public boolean takesMarketplaceWork;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "processes", nullable = false)
    public List<Process> processes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "materials", nullable = false)
    public List<String> materials = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "certifications", nullable = false)
    public List<ProfileDtos.HeldCertification> certifications = new ArrayList<>();

    @Column(name = "max_length_mm", nullable = false)
    public BigDecimal maxLengthMm;

    @Column(name = "max_width_mm", nullable = false)
    public BigDecimal maxWidthMm;

    @Column(name = "max_height_mm", nullable = false)
    public BigDecimal maxHeightMm;

    @Column(name = "min_quantity", nullable = false)
    public int minQuantity;

    @Column(name = "max_quantity", nullable = false)
    public int maxQuantity;

    @Column(name = "ship_from_country", nullable = false)
    public String shipFromCountry;

    @Column(name = "ship_from_subdivision")
    public String shipFromSubdivision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ships_to", nullable = false)
    public List<String> shipsTo = new ArrayList<>();

    @Column(name = "max_open_offers", nullable = false)
    public int maxOpenOffers;

    @Column(name = "max_open_jobs", nullable = false)
    public int maxOpenJobs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "blackouts", nullable = false)
    public List<ProfileDtos.Blackout> blackouts = new ArrayList<>();

    @Column(name = "typical_lead_days", nullable = false)
    public int typicalLeadDays;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    /** The tenant's profile (row-level security leaves only the caller's), or none yet. */
    public static java.util.Optional<CapabilityProfile> own() {
        return CapabilityProfile.<CapabilityProfile>findAll().firstResultOptional();
    }
}
