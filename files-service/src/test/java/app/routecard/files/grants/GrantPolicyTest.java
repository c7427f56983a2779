package app.routecard.files.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GrantPolicyTest {

    private final OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private String field(String owner, String grantee, OffsetDateTime expires) {
        return GrantPolicy.checkNew(owner, grantee, expires, now).map(problem -> problem[0]).orElse("allowed");
    }

    @Test
    void a_grant_goes_to_another_tenant_for_an_hour_to_a_year() {
        assertThat(field("acme", "bluefin", now.plusDays(30))).isEqualTo("allowed");
        assertThat(field("acme", "bluefin", now.plusHours(1))).isEqualTo("allowed");
        assertThat(field("acme", "bluefin", now.plusDays(365))).isEqualTo("allowed");
        assertThat(field("acme", "acme", now.plusDays(30))).isEqualTo("granteeTenantId");
        assertThat(field("acme", "bluefin", now.plusMinutes(59))).isEqualTo("expiresAt");
        assertThat(field("acme", "bluefin", now.plusDays(366))).isEqualTo("expiresAt");
    }

    @Test
    void a_grant_reads_until_it_expires_or_is_revoked() {
        assertThat(GrantPolicy.active(now.plusSeconds(1), null, now)).isTrue();
        assertThat(GrantPolicy.active(now, null, now)).as("expired at this instant").isFalse();
        assertThat(GrantPolicy.active(now.plusDays(1), now.minusSeconds(1), now)).as("revoked").isFalse();
    }
}
