package app.routecard.portal.operator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** tenant-service's answers as the operator's pages read them. */
public final class TenantViews {

    private TenantViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tenant(String id, String slug, String name, String kind, String status, String suspensionReason,
                         String adminEmail, OffsetDateTime createdAt) {
        public boolean suspended() {
            return "SUSPENDED".equals(status);
        }

        public String kindName() {
            return kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        }

        public String created() {
            return createdAt == null ? "" : createdAt.toLocalDate().toString();
        }
    }
}
