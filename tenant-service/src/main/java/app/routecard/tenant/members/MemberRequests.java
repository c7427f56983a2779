package app.routecard.tenant.members;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class MemberRequests {

    static final String ROLE_PATTERN = "buyer|shop_admin|shop_floor|operator";

    private MemberRequests() {
    }

    public record Invitation(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Pattern(regexp = ROLE_PATTERN, message = "one of buyer, shop_admin, shop_floor, operator")
            String role) {
    }

    public record RoleChange(
            @NotBlank @Pattern(regexp = ROLE_PATTERN, message = "one of buyer, shop_admin, shop_floor, operator")
            String role) {
    }
}
