package app.routecard.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantClaimTest {

    private static final String ACME_ID = "3b3dba6e-d457-4f67-a7ce-541a9e86ef27";

    @Test
    void one_organization_with_its_id_is_the_tenant() {
        assertThat(TenantClaim.parse(Map.of("acme", Map.of("id", ACME_ID))))
                .contains(new Tenant(ACME_ID, "acme"));
    }

    @Test
    void json_string_values_are_unquoted() {
        assertThat(TenantClaim.parse(Map.of("acme", Map.of("id", "\"" + ACME_ID + "\""))))
                .contains(new Tenant(ACME_ID, "acme"));
    }

    @Test
    void no_claim_no_organization_or_several_organizations_is_no_tenant() {
        assertThat(TenantClaim.parse(null)).isEmpty();
        assertThat(TenantClaim.parse(Map.of())).isEmpty();
        assertThat(TenantClaim.parse(Map.of("acme", Map.of("id", ACME_ID),
                "bluefin", Map.of("id", "6f1d2c1e-0c1b-4d7e-9a55-3e1f0b2b9c11")))).isEmpty();
    }

    @Test
    void an_organization_without_a_valid_id_is_no_tenant() {
        assertThat(TenantClaim.parse(Map.of("acme", Map.of()))).isEmpty();
        assertThat(TenantClaim.parse(Map.of("acme", Map.of("id", "not-a-uuid")))).isEmpty();
        assertThat(TenantClaim.parse(List.of("acme"))).isEmpty();
    }
}
