package app.routecard.marketplace.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialsTest {

    @Test
    void materials_agree_however_people_space_and_case_them() {
        assertThat(Materials.normalized("  Aluminium \t 6061 ")).isEqualTo("aluminium 6061");
        assertThat(Materials.normalized("ALUMINIUM 6061")).isEqualTo(Materials.normalized("aluminium  6061"));
        assertThat(Materials.normalized("Titanium grade 5")).isNotEqualTo(Materials.normalized("Titanium grade 2"));
        assertThat(Materials.normalized(null)).isEmpty();
        assertThat(Materials.normalized("   ")).isEmpty();
        assertThat(Materials.normalized("steel\t1.4301")).isEqualTo("steel 1.4301");
        assertThat(Materials.normalized("aluminium 6061 ")).isEqualTo("aluminium 6061");
    }

    @Test
    void a_set_is_normalized_entry_by_entry_and_an_already_normal_one_is_kept_as_it_is() {
        assertThat(Materials.normalizedSet(List.of("Steel S235", "steel  s235", "PEEK")))
                .containsExactlyInAnyOrder("steel s235", "peek");
        Set<String> normal = Set.of("steel s235", "peek");
        assertThat(Materials.normalizedSet(normal)).isSameAs(normal);
    }
}
