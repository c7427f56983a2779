package app.routecard.platform.testing;

import app.routecard.devstack.Service;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture every service keeps, checked on its compiled classes (no stack needed). A service's test
 * extends this and names itself; new services inherit the rules by doing the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureContract {

    private JavaClasses classes;

    protected abstract Service service();

    @BeforeAll
    void importClasses() {
        classes = ArchitectureRules.routecardClasses();
    }

    @Test
    void policies_are_plain_java() {
        ArchitectureRules.policiesArePlainJava().allowEmptyShould(true).check(classes);
    }

    @Test
    void the_service_keeps_to_its_own_code_and_the_platform() {
        ArchitectureRules.keepsToItsOwnCode(service()).allowEmptyShould(true).check(classes);
    }
}
