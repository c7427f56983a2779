package app.routecard.job.jobs;

import app.routecard.job.stage.JobStage;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A job a shop runs: what to make, for whom, by when, and where it stands. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String number;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "part_number", nullable = false)
    public String partNumber;

    @Column(nullable = false)
    public String revision;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    public JobStage heldFrom;

    /** The next date the shop promises its customer an update, and what it will say (shown on share pages). */
    @Column(name = "next_update_on")
    public LocalDate nextUpdateOn;

    @Column(name = "next_update_message")
    public String nextUpdateMessage;

    /** The ERP production order this job was imported from, if any. */
    @Column(name = "erp_order_id")
    public String erpOrderId;

    /** The accepted quote this job was released from, if any. */
    @Column(name = "quote_id")
    public UUID quoteId;

    /** The marketplace award this job was created for, if any: one award, one job. */
    @Column(name = "marketplace_award_id")
    public UUID marketplaceAwardId;

    /** The buyer's RFQ of that award, whose drawings are the job's customer drawings. */
    @Column(name = "marketplace_rfq_id")
    public UUID marketplaceRfqId;

    @Column(name = "special_instructions")
    public String specialInstructions;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "released_files", nullable = false)
    public java.util.List<ReleasedFile> releasedFiles = new java.util.ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
