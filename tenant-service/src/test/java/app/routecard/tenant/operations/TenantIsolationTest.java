package app.routecard.tenant.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.RowLevelSecurityAudit;
import app.routecard.tenant.TestTenants;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "tenant-service"))
class TenantIsolationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void every_table_is_tenant_isolated_and_an_unfiltered_query_sees_only_its_tenant() throws Exception {
        String tenantA = TestTenants.onboard("SHOP", "Isolation Shop A");
        TestTenants.onboard("BUYER", "Isolation Buyer B");

        List<String> hidden = RowLevelSecurityAudit.assertUnfilteredQueriesSeeOnlyTheirTenant(dataSource, tenantA);

        assertThat(hidden).anySatisfy(line -> assertThat(line).startsWith("tenant: ").doesNotEndWith(": 0"));
    }
}
