package app.routecard.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileFormTest {

    private static final List<String> CERTIFICATIONS = List.of("ISO_9001", "AS9100");

    private static ProfileForm form(Map<String, List<String>> values) {
        return new ProfileForm(values);
    }

    @Test
    void lists_are_read_as_people_type_them() {
        ProfileForm.Read read = form(Map.of("takesMarketplaceWork", List.of("on"),
                "processes", List.of("CNC_TURNING", "CNC_MILLING_5_AXIS"),
                "materials", List.of(" Aluminium 6061\n\nTitanium grade 5 \n"),
                "cert_ISO_9001", List.of("2028-01-31"), "cert_AS9100", List.of(" "),
                "shipsTo", List.of("de, at;ch  fr"), "shipFromCountry", List.of("de"),
                "blackouts", List.of("2026-12-24 to 2027-01-02\n2027-08-01 – 2027-08-14"),
                "maxLength", List.of("500"), "minQuantity", List.of("1"))).read(CERTIFICATIONS);
        assertThat(read.problems()).isEmpty();
        Map<String, Object> request = read.request();
        assertThat(request.get("takesMarketplaceWork")).isEqualTo(true);
        assertThat(request.get("materials")).isEqualTo(List.of("Aluminium 6061", "Titanium grade 5"));
        assertThat(request.get("certifications")).isEqualTo(List.of(Map.of("certification", "ISO_9001",
                "expiresOn", "2028-01-31")));
        assertThat(request.get("shipsTo")).isEqualTo(List.of("DE", "AT", "CH", "FR"));
        assertThat(request.get("blackouts")).isEqualTo(List.of(Map.of("first", "2026-12-24", "last", "2027-01-02"),
                Map.of("first", "2027-08-01", "last", "2027-08-14")));
        assertThat(((Map<?, ?>) request.get("maxEnvelope")).get("lengthMm")).isEqualTo(new BigDecimal("500"));
        assertThat(((Map<?, ?>) request.get("shipFrom")).get("country")).isEqualTo("DE");
    }

    @Test
    void a_blackout_that_is_no_range_is_named_and_a_number_that_is_none_goes_on_as_typed() {
        ProfileForm.Read read = form(Map.of("blackouts", List.of("christmas"), "maxOpenOffers", List.of("ten")))
                .read(CERTIFICATIONS);
        assertThat(read.problems()).containsOnlyKeys("blackouts");
        assertThat(read.problems().get("blackouts")).contains("2026-12-24 to 2027-01-02").contains("christmas");
        assertThat(read.request().get("maxOpenOffers")).as("the service names it").isEqualTo("ten");
        assertThat(form(Map.of()).read(CERTIFICATIONS).request().get("takesMarketplaceWork")).isEqualTo(false);
    }

    @Test
    void a_service_field_lands_on_its_form_field() {
        assertThat(ProfileForm.formField("maxEnvelope.widthMm")).isEqualTo("maxWidth");
        assertThat(ProfileForm.formField("maxEnvelope")).isEqualTo("maxLength");
        assertThat(ProfileForm.formField("shipFrom.subdivision")).isEqualTo("shipFromSubdivision");
        assertThat(ProfileForm.formField("shipFrom.country")).isEqualTo("shipFromCountry");
        assertThat(ProfileForm.formField("shipsTo[2]")).isEqualTo("shipsTo");
        assertThat(ProfileForm.formField("processes[0]")).isEqualTo("processes");
        assertThat(ProfileForm.formField("blackouts[1].last")).isEqualTo("blackouts");
        assertThat(ProfileForm.formField("typicalLeadDays")).isEqualTo("typicalLeadDays");
    }
}
