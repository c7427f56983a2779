package app.routecard.tenant.onboarding;

import app.routecard.platform.outbox.Outbox;
import app.routecard.platform.tenancy.TenantTransactions;
import app.routecard.tenant.events.TenantEvents;
import app.routecard.tenant.registry.RegisteredTenant;
import app.routecard.tenant.registry.TenantStatus;
import app.routecard.tenant.registry.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Onboards a tenant in one call: the Keycloak organization, its first admin with the kind's role, a set-password
 * e-mail, and the tenant row. Idempotent by slug. If any step fails, what this attempt created in Keycloak is
 * removed again, so nothing is left half-created.
 */
@ApplicationScoped
public class OnboardingService {

    private static final Logger LOG = Logger.getLogger(OnboardingService.class);

    private final IdentityDirectory directory;
    private final Outbox outbox;

    public OnboardingService(IdentityDirectory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    public record Outcome(TenantView tenant, boolean created) {
    }

    /** The slug is taken by a tenant onboarded with other details. */
    public static final class SlugTaken extends RuntimeException {
        public SlugTaken(String slug) {
            super("The slug '" + slug + "' belongs to another tenant");
        }
    }

    public Outcome onboard(OnboardingRequest request) {
        String adminEmail = request.adminEmail().trim().toLowerCase(Locale.ROOT);
        RegisteredTenant existing = TenantTransactions.allTenants("onboarding keeps slugs unique",
                () -> RegisteredTenant.findBySlug(request.slug()));
        if (existing != null) {
            if (existing.kind == request.kind() && existing.adminEmail.equals(adminEmail)) {
                return new Outcome(TenantView.of(existing), false);
            }
            throw new SlugTaken(request.slug());
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            IdentityDirectory.Provisioned organization = directory.ensureOrganization(request.slug(), request.name());
            if (organization.created()) {
                undo.push(() -> directory.deleteOrganization(organization.id()));
            }
            IdentityDirectory.Provisioned admin = directory.ensureUser(adminEmail, request.adminFirstName(),
                    request.adminLastName());
            if (admin.created()) {
                undo.push(() -> directory.deleteUser(admin.id()));
            }
            directory.grantRealmRole(admin.id(), request.kind().adminRole());
            directory.addMember(organization.id(), admin.id());
            TenantView tenant = TenantTransactions.forTenant(organization.id(),
                    () -> {
                        RegisteredTenant registered = register(organization.id(), request, adminEmail);
                        outbox.record(TenantEvents.created(registered));
                        return TenantView.of(registered);
                    });
            undo.clear(); // committed: from here on the tenant exists, whatever else happens
            if (admin.created()) {
                sendSetPasswordEmail(admin.id(), request.slug());
            }
            return new Outcome(tenant, true);
        } catch (RuntimeException failure) {
            compensate(undo, request.slug());
            throw failure;
        }
    }

    /**
     * Only after the tenant is committed: an e-mail cannot be unsent, so a failure before the commit must not
     * have told the admin about a tenant that was then rolled back. If Keycloak cannot send it now, the tenant
     * stands and the admin can still use "forgot password" on the login page.
     */
    private void sendSetPasswordEmail(String userId, String slug) {
        try {
            directory.sendSetPasswordEmail(userId);
        } catch (RuntimeException e) {
            LOG.errorf("Tenant %s was onboarded but its set-password e-mail could not be sent (%s); the admin can"
                    + " use 'forgot password' on the login page", slug, e.getMessage());
        }
    }

    private static RegisteredTenant register(String tenantId, OnboardingRequest request, String adminEmail) {
        RegisteredTenant tenant = new RegisteredTenant();
        tenant.id = tenantId;
        tenant.slug = request.slug();
        tenant.name = request.name().trim();
        tenant.kind = request.kind();
        tenant.status = TenantStatus.ACTIVE;
        tenant.adminEmail = adminEmail;
        tenant.timeZone = "UTC";
        tenant.locale = "en";
        tenant.contactEmail = adminEmail;
        if (request.kind() == app.routecard.tenant.registry.TenantKind.SHOP) {
            tenant.publicSlug = request.slug();
        }
        tenant.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        tenant.updatedAt = tenant.createdAt;
        tenant.persistAndFlush();
        return tenant;
    }

    private static void compensate(Deque<Runnable> undo, String slug) {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Onboarding of %s failed and could not be fully undone", slug);
            }
        }
    }
}
