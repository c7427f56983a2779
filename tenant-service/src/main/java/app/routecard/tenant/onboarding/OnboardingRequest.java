package app.routecard.tenant.onboarding;

import app.routecard.tenant.registry.TenantKind;
import app.routecard.tenant.registry.TenantSlug;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an operator gives to onboard a tenant. */
public record OnboardingRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull TenantKind kind,
        @NotNull @Pattern(regexp = TenantSlug.PATTERN,
                message = "3-40 lower-case letters, digits and single hyphens, starting with a letter") String slug,
        @NotBlank @Email @Size(max = 254) String adminEmail,
        @NotBlank @Size(max = 100) String adminFirstName,
        @NotBlank @Size(max = 100) String adminLastName) {
}
