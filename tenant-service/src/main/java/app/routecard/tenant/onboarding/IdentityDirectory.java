package app.routecard.tenant.onboarding;

/**
 * The identity provider as onboarding needs it. Every "ensure" call finds what already exists before it creates,
 * so a retried onboarding converges instead of duplicating; each says whether it created something, so a failed
 * onboarding can remove exactly what it made.
 */
public interface IdentityDirectory {

    record Provisioned(String id, boolean created) {
    }

    /** Thrown when the identity provider cannot be reached or refuses a call. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown when the identity provider holds something that conflicts with the request (e.g. the slug). */
    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A member of an organization with the Routecard roles it holds. */
    record Member(String id, String email, String firstName, String lastName, boolean enabled,
                  java.util.Set<String> roles) {
    }

    /** The Routecard realm roles; a member holds exactly one of them. */
    java.util.Set<String> ROUTECARD_ROLES = java.util.Set.of("buyer", "shop_admin", "shop_floor", "operator");

    java.util.List<Member> members(String organizationId);

    /** The member, if the user belongs to the organization. */
    java.util.Optional<Member> findMember(String organizationId, String userId);

    /** The ids of the organizations the user belongs to. */
    java.util.List<String> organizationsOf(String userId);

    /** Makes {@code role} the user's only Routecard role. */
    void replaceRoutecardRole(String userId, String role);

    void removeMember(String organizationId, String userId);

    Provisioned ensureOrganization(String slug, String name);

    Provisioned ensureUser(String email, String firstName, String lastName);

    void grantRealmRole(String userId, String role);

    void addMember(String organizationId, String userId);

    /** E-mails the user a one-time link to set a password (and verify the address). */
    void sendSetPasswordEmail(String userId);

    void deleteOrganization(String organizationId);

    void deleteUser(String userId);
}
