package app.routecard.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.routecard.devstack.Service;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The house rules every service's code keeps, as ArchUnit rules: domain policies are plain Java, and a service
 * never reaches into another service's code (services talk over REST and Kafka, and share only platform/).
 */
public final class ArchitectureRules {

    /** Packages of frameworks, persistence, JAX-RS, messaging and JSON binding: none belongs in a policy. */
    static final String[] FRAMEWORK_PACKAGES = {"jakarta..", "javax..", "io.quarkus..", "org.hibernate..",
            "io.smallrye..", "org.eclipse.microprofile..", "io.vertx..", "org.jboss..", "org.apache.kafka..",
            "com.fasterxml..", "io.agroal..", "org.keycloak..", "software.amazon.."};

    private ArchitectureRules() {
    }

    /** The production classes of Routecard on the classpath (a service's own and the platform's). */
    public static JavaClasses routecardClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.routecard");
    }

    /**
     * Classes named {@code *Policy} hold the rules of the domain: they take and return plain values and
     * {@code Refusal}s, so they are unit-tested without a framework and read like the rules they are.
     */
    public static ArchRule policiesArePlainJava() {
        return noClasses().that().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .because("policies are plain Java: the services ask them, the resources answer for them");
    }

    /** A service's code does not depend on the code of any other service. */
    public static ArchRule keepsToItsOwnCode(Service service) {
        String own = packageOf(service);
        String[] others = Arrays.stream(Service.values()).filter(other -> other != service)
                .map(other -> packageOf(other) + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(own + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk over REST and events; shared code lives in platform/");
    }

    /** The root package of a service's code: app.routecard.job for job-service, and so on. */
    public static String packageOf(Service service) {
        return "app.routecard." + service.database();
    }
}
