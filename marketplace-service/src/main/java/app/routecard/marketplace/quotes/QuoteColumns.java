package app.routecard.marketplace.quotes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the shop's quote and the buyer's received copy both hold: the answer itself, its state and revision. */
@MappedSuperclass
public abstract class QuoteColumns extends PanacheEntityBase {

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String lines;

    @JdbcTypeCode(SqlTypes.JSON)
    public String counter;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    public String notes;

    @Column(nullable = false)
    public int revision;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
