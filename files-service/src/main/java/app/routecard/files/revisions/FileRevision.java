package app.routecard.files.revisions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One revision of a file: its bytes' key, size, SHA-256 and detected content type, and who uploaded it. */
@Entity
@Table(name = "file_revision")
public class FileRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "file_id", nullable = false)
    public UUID fileId;

    @Column(nullable = false)
    public int number;

    @Column(name = "original_name", nullable = false)
    public String originalName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "object_key", nullable = false)
    public String objectKey;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    /** Set when archiving removed the bytes of a revision nothing was released with. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    public String letter() {
        return RevisionLetters.of(number);
    }

    public static List<FileRevision> ofFile(UUID fileId) {
        return list("fileId = ?1 order by number", fileId);
    }

    public static FileRevision ofFile(UUID fileId, int number) {
        return find("fileId = ?1 and number = ?2", fileId, number).firstResult();
    }
}
