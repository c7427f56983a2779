package app.routecard.tenant.members;

import app.routecard.tenant.onboarding.IdentityDirectory;

public record MemberView(String id, String email, String firstName, String lastName, boolean enabled, String role) {

    static MemberView of(IdentityDirectory.Member member) {
        return new MemberView(member.id(), member.email(), member.firstName(), member.lastName(), member.enabled(),
                member.roles().stream().findFirst().orElse(null));
    }
}
