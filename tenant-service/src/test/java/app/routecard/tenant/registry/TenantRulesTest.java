package app.routecard.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.service.rules.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantRulesTest {

    @Test
    void slugs_are_lower_case_words_joined_by_single_hyphens() {
        assertThat(TenantSlug.isValid("acme")).isTrue();
        assertThat(TenantSlug.isValid("acme-precision-2")).isTrue();
        assertThat(TenantSlug.isValid("ab")).isFalse();
        assertThat(TenantSlug.isValid("Acme")).isFalse();
        assertThat(TenantSlug.isValid("2acme")).isFalse();
        assertThat(TenantSlug.isValid("acme--x")).isFalse();
        assertThat(TenantSlug.isValid("acme-")).isFalse();
        assertThat(TenantSlug.isValid("a".repeat(41))).isFalse();
        assertThat(TenantSlug.isValid(null)).isFalse();
    }

    private static Optional<String> rule(Optional<Refusal> refusal) {
        return refusal.map(Refusal::rule);
    }

    @Test
    void only_an_active_non_operator_tenant_is_suspended_and_only_with_a_reason() {
        assertThat(TenantLifecyclePolicy.checkSuspension(TenantKind.SHOP, TenantStatus.ACTIVE, "late deliveries"))
                .isEmpty();
        var again = TenantLifecyclePolicy.checkSuspension(TenantKind.SHOP, TenantStatus.SUSPENDED, "again");
        assertThat(rule(again)).contains("SuspendOnlyActiveTenants");
        assertThat(again.get().explanation()).contains("this one is suspended");
        assertThat(rule(TenantLifecyclePolicy.checkSuspension(TenantKind.OPERATOR, TenantStatus.ACTIVE, "x")))
                .contains("OperatorTenantsStayActive");
        assertThat(rule(TenantLifecyclePolicy.checkSuspension(TenantKind.BUYER, TenantStatus.ACTIVE, " ")))
                .contains("SuspensionNeedsAReason");
    }

    @Test
    void only_a_suspended_tenant_is_reinstated() {
        assertThat(TenantLifecyclePolicy.checkReinstatement(TenantStatus.SUSPENDED)).isEmpty();
        assertThat(rule(TenantLifecyclePolicy.checkReinstatement(TenantStatus.ACTIVE)))
                .contains("ReinstateOnlySuspendedTenants");
    }

    @Test
    void each_kind_gives_its_first_admin_the_matching_role() {
        assertThat(TenantKind.SHOP.adminRole()).isEqualTo("shop_admin");
        assertThat(TenantKind.BUYER.adminRole()).isEqualTo("buyer");
        assertThat(TenantKind.OPERATOR.adminRole()).isEqualTo("operator");
    }
}
