package app.routecard.tenant.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

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

    @Test
    void only_an_active_non_operator_tenant_is_suspended_and_only_with_a_reason() {
        assertThatNoException().isThrownBy(() ->
                TenantLifecycle.checkSuspension(TenantKind.SHOP, TenantStatus.ACTIVE, "late deliveries"));
        assertThatThrownBy(() -> TenantLifecycle.checkSuspension(TenantKind.SHOP, TenantStatus.SUSPENDED, "again"))
                .isInstanceOf(TenantLifecycle.RuleViolation.class).hasMessageContaining("Only an active tenant");
        assertThatThrownBy(() -> TenantLifecycle.checkSuspension(TenantKind.OPERATOR, TenantStatus.ACTIVE, "x"))
                .hasMessageContaining("operator tenant");
        assertThatThrownBy(() -> TenantLifecycle.checkSuspension(TenantKind.BUYER, TenantStatus.ACTIVE, " "))
                .hasMessageContaining("needs a reason");
    }

    @Test
    void only_a_suspended_tenant_is_reinstated() {
        assertThatNoException().isThrownBy(() -> TenantLifecycle.checkReinstatement(TenantStatus.SUSPENDED));
        assertThatThrownBy(() -> TenantLifecycle.checkReinstatement(TenantStatus.ACTIVE))
                .isInstanceOf(TenantLifecycle.RuleViolation.class);
    }

    @Test
    void each_kind_gives_its_first_admin_the_matching_role() {
        assertThat(TenantKind.SHOP.adminRole()).isEqualTo("shop_admin");
        assertThat(TenantKind.BUYER.adminRole()).isEqualTo("buyer");
        assertThat(TenantKind.OPERATOR.adminRole()).isEqualTo("operator");
    }
}
