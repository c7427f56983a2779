package app.routecard.tenant.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a tenant's own profile; a field left out (null) stays as it is. */
public record ProfileUpdate(
        @Size(min = 1, max = 200) String name,
        @Size(max = 64) String timeZone,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "a language tag such as en or de-CH") String locale,
        @Email @Size(max = 254) String contactEmail,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "a phone number") String contactPhone,
        @Size(max = 64) String logoFileId,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "a colour such as #1d4ed8") String brandColour) {
}
