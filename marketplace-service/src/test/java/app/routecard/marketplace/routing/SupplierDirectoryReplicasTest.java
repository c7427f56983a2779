package app.routecard.marketplace.routing;

import static app.routecard.marketplace.MarketplaceFixtures.saveProfile;
import static app.routecard.marketplace.MarketplaceFixtures.tenantOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.routecard.marketplace.capability.Process;
import app.routecard.marketplace.scoring.ScoringSettingsSource;
import app.routecard.platform.tenancy.TenantNames;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Routing's per-replica copy of the network's profiles, kept by another replica of the service: a profile saved
 * through this one (the API) is judged as saved by the other at its next wave, through the network revision.
 */
@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "marketplace-service"))
class SupplierDirectoryReplicasTest {

    private final String nina = Tokens.accessToken("nina@northwind.example");
    private final String cole = Tokens.accessToken("cole@cobalt.example");

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Inject
    TenantNames names;

    @Inject
    ScoringSettingsSource settings;

    @Test
    void a_profile_saved_through_one_replica_is_judged_as_saved_by_another_at_its_next_wave() {
        SupplierDirectory otherReplica = new SupplierDirectory(entities, json, names);
        String cobalt = tenantOf(cole);
        RfqDemand demand = new RfqDemand(UUID.randomUUID(), tenantOf(nina), List.of(new RfqDemand.Line(
                Process.CNC_MILLING_5_AXIS, "Titanium grade 5", 10, new Envelope(100, 50, 20))), Set.of(),
                LocalDate.now().plusDays(40), new Region("DE", null), false, Set.of(), Set.of(), Set.of());

        saveProfile(cole, List.of("CNC_MILLING_5_AXIS"), List.of("Aluminium 6061"));
        assertThat(materialsOf(otherReplica, demand, cobalt)).containsExactly("aluminium 6061");

        saveProfile(cole, List.of("CNC_MILLING_5_AXIS"), List.of("Aluminium 6061", "Titanium grade 5"));
        assertThat(materialsOf(otherReplica, demand, cobalt)).as("the other replica's copy, at its next wave")
                .containsExactlyInAnyOrder("aluminium 6061", "titanium grade 5");
    }

    private Set<String> materialsOf(SupplierDirectory replica, RfqDemand demand, String supplier) {
        return TenantTransactions.allTenants("the test reads the network as routing does", () ->
                replica.market(demand, settings.current()).stream().filter(s -> s.tenantId().equals(supplier))
                        .findFirst().orElseThrow().materials());
    }
}
