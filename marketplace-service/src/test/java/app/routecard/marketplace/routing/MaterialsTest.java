package app.routecard.marketplace.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialsTest {

    @Test
    void materials_agree_however_people_space_and_case_them() {
        assertThat(Materials.normalized("  Aluminium \t 6061 ")).isEqualTo("aluminium 6061");
        assertThat(Materials.normalized("ALUMINIUM 6061")).isEqualTo(Materials.normalized("aluminium  6061"));
        assertThat(Materials.normalized("Titanium grade 5")).isNotEqualTo(Materials.normalized("Titanium grade 2"));
        assertThat(Materials.normalized(null)).isEmpty();
        assertThat(Materials.normalized("   ")).isEmpty();
    }
}
