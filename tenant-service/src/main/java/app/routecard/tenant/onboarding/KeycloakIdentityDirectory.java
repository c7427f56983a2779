package app.routecard.tenant.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's admin API, called with tenant-service's own service account. Every call fails fast when Keycloak is
 * away: a timeout per call, a circuit breaker that stops hammering a Keycloak that keeps failing (and answers at
 * once while open), and retries with backoff only for calls that are safe to repeat (each "ensure" finds before it
 * creates; grants and removals converge). The set-password e-mail is never retried: a retry could send it twice.
 * Whatever fails reaches clients as 503 problem+json ({@link IdentityProviderProblems}).
 */
@ApplicationScoped
@Timeout(value = KeycloakIdentityDirectory.CALL_TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000, successThreshold = 1,
        skipOn = IdentityDirectory.Conflict.class)
public class KeycloakIdentityDirectory implements IdentityDirectory {

    /** One admin call; Keycloak answers these in milliseconds when it is well. */
    static final long CALL_TIMEOUT_MS = 3000;

    private static final int PAGE = 100;
    private static final String SLUG_ATTRIBUTE = "routecard_slug";
    /** The set-password link stays valid for three days. */
    private static final int SET_PASSWORD_LINK_SECONDS = 3 * 24 * 3600;

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakIdentityDirectory(Keycloak keycloak,
                                     @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public Provisioned ensureOrganization(String slug, String name) {
        return call("find or create organization " + slug, () -> {
            String existing = findOrganization(slug);
            if (existing != null) {
                return new Provisioned(existing, false);
            }
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setAlias(slug);
            // Keycloak wants organization names unique; tenants' display names need not be (two shops may both
            // be "Precision Machining"), so the organization is named by the unique slug and the display name
            // lives in tenant-service.
            organization.setName(slug);
            organization.setDescription(name);
            organization.setEnabled(true);
            // Keycloak organizations need a domain; a tenant's own e-mail domain may be shared (gmail.com), so
            // each gets a private one under .invalid (RFC 2606: never resolves).
            OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
            domain.setName(slug + ".routecard.invalid");
            organization.addDomain(domain);
            organization.setAttributes(Map.of(SLUG_ATTRIBUTE, List.of(slug)));
            try (Response response = realm().organizations().create(organization)) {
                if (response.getStatus() == 409) {
                    String concurrent = findOrganization(slug);
                    if (concurrent == null) {
                        throw new Conflict("Keycloak holds an organization that conflicts with '" + slug + "'");
                    }
                    return new Provisioned(concurrent, false);
                }
                expectCreated(response, "organization " + slug);
                return new Provisioned(CreatedResponseUtil.getCreatedId(response), true);
            }
        });
    }

    /**
     * The organization with this alias, found by two targeted queries and never by reading every organization:
     * the slug attribute every Routecard organization carries (the realm's demo organizations too), then, for an
     * organization made by hand in Keycloak, a name search narrowed to the exact alias.
     */
    private String findOrganization(String slug) {
        for (OrganizationRepresentation organization
                : realm().organizations().searchByAttribute(SLUG_ATTRIBUTE + ":" + slug)) {
            if (slug.equals(organization.getAlias())) {
                return organization.getId();
            }
        }
        for (OrganizationRepresentation organization : realm().organizations().search(slug, false, 0, PAGE)) {
            if (slug.equals(organization.getAlias())) {
                return organization.getId();
            }
        }
        return null;
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public Provisioned ensureUser(String email, String firstName, String lastName) {
        return call("find or create user " + email, () -> {
            List<UserRepresentation> found = realm().users().searchByUsername(email, true);
            if (!found.isEmpty()) {
                return new Provisioned(found.get(0).getId(), false);
            }
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            user.setRequiredActions(List.of("UPDATE_PASSWORD"));
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    return new Provisioned(realm().users().searchByUsername(email, true).get(0).getId(), false);
                }
                expectCreated(response, "user " + email);
                return new Provisioned(CreatedResponseUtil.getCreatedId(response), true);
            }
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void grantRealmRole(String userId, String role) {
        run("grant role " + role, () -> realm().users().get(userId).roles().realmLevel()
                .add(List.of(realm().roles().get(role).toRepresentation())));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void addMember(String organizationId, String userId) {
        run("add member", () -> {
            if (findMember(organizationId, userId).isEmpty()) {
                try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
                    expectCreated(response, "membership");
                }
            }
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public List<Member> members(String organizationId) {
        return call("list members", () -> {
            // Keycloak pages members (a handful by default): read every page.
            List<Member> members = new java.util.ArrayList<>();
            for (int first = 0; ; first += PAGE) {
                List<org.keycloak.representations.idm.MemberRepresentation> page =
                        realm().organizations().get(organizationId).members().list(first, PAGE);
                page.forEach(member -> members.add(toMember(member)));
                if (page.size() < PAGE) {
                    return members;
                }
            }
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public java.util.Optional<Member> findMember(String organizationId, String userId) {
        return call("find a member", () -> {
            try {
                return java.util.Optional.of(toMember(realm().organizations().get(organizationId).members()
                        .member(userId).toRepresentation()));
            } catch (WebApplicationException e) {
                // Keycloak answers 404 (or 400 for an unknown user id) when the user is not a member.
                int status = e.getResponse().getStatus();
                if (status == 404 || status == 400) {
                    return java.util.Optional.empty();
                }
                throw e;
            }
        });
    }

    private Member toMember(org.keycloak.representations.idm.MemberRepresentation member) {
        return new Member(member.getId(), member.getEmail(), member.getFirstName(), member.getLastName(),
                Boolean.TRUE.equals(member.isEnabled()), routecardRoles(member.getId()));
    }

    private java.util.Set<String> routecardRoles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listAll().stream()
                .map(org.keycloak.representations.idm.RoleRepresentation::getName)
                .filter(ROUTECARD_ROLES::contains)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public List<String> organizationsOf(String userId) {
        return call("list a user's organizations", () -> realm().organizations().members()
                .getOrganizations(userId, true).stream().map(OrganizationRepresentation::getId).toList());
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void replaceRoutecardRole(String userId, String role) {
        run("change role", () -> {
            var roles = realm().users().get(userId).roles().realmLevel();
            List<org.keycloak.representations.idm.RoleRepresentation> stale = roles.listAll().stream()
                    .filter(existing -> ROUTECARD_ROLES.contains(existing.getName()) && !existing.getName().equals(role))
                    .toList();
            if (!stale.isEmpty()) {
                roles.remove(stale);
            }
            roles.add(List.of(realm().roles().get(role).toRepresentation()));
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void removeMember(String organizationId, String userId) {
        run("remove member", () -> {
            try (Response ignored = realm().organizations().get(organizationId).members().member(userId).delete()) {
                // 404: already gone
            }
            var roles = realm().users().get(userId).roles().realmLevel();
            List<org.keycloak.representations.idm.RoleRepresentation> routecard = roles.listAll().stream()
                    .filter(existing -> ROUTECARD_ROLES.contains(existing.getName())).toList();
            if (!routecard.isEmpty()) {
                roles.remove(routecard);
            }
        });
    }

    @Override
    public void sendSetPasswordEmail(String userId) {
        run("send the set-password e-mail", () -> realm().users().get(userId)
                .executeActionsEmail(List.of("UPDATE_PASSWORD"), SET_PASSWORD_LINK_SECONDS));
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void deleteOrganization(String organizationId) {
        run("delete organization", () -> {
            try (Response ignored = realm().organizations().get(organizationId).delete()) {
                // a 404 means it is already gone, which is what we want
            }
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = Unavailable.class)
    public void deleteUser(String userId) {
        run("delete user", () -> {
            try (Response ignored = realm().users().delete(userId)) {
                // a 404 means it is already gone
            }
        });
    }

    private static void expectCreated(Response response, String what) {
        int status = response.getStatus();
        if (status != 201 && status != 204 && status != 409) {
            throw new WebApplicationException("Keycloak refused to create " + what + ": HTTP " + status, status);
        }
    }

    private static <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProcessingException | WebApplicationException e) {
            throw new Unavailable("Keycloak could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static void run(String what, Runnable work) {
        call(what, () -> {
            work.run();
            return null;
        });
    }
}
