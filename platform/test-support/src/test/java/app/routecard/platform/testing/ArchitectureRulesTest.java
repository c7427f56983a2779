package app.routecard.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import app.routecard.platform.testing.fixtures.LeakyPolicy;
import app.routecard.platform.testing.fixtures.PlainPolicy;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    @Test
    void a_policy_that_uses_jakarta_or_quarkus_types_breaks_the_rule_and_names_them() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyPolicy.class);
        EvaluationResult result = ArchitectureRules.policiesArePlainJava().evaluate(leaky);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("jakarta.ws.rs.NotFoundException"))
                .anySatisfy(line -> assertThat(line).contains("io.quarkus.runtime.LaunchMode"));
    }

    @Test
    void a_plain_java_policy_passes() {
        JavaClasses plain = new ClassFileImporter().importClasses(PlainPolicy.class);
        assertThatNoException().isThrownBy(() -> ArchitectureRules.policiesArePlainJava().check(plain));
    }

    @Test
    void each_service_has_its_own_root_package() {
        assertThat(ArchitectureRules.packageOf(app.routecard.devstack.Service.JOB)).isEqualTo("app.routecard.job");
        assertThat(ArchitectureRules.packageOf(app.routecard.devstack.Service.TENANT))
                .isEqualTo("app.routecard.tenant");
    }
}
