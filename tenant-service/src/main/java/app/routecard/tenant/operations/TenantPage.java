package app.routecard.tenant.operations;

import app.routecard.tenant.registry.TenantView;
import java.util.List;

public record TenantPage(List<TenantView> items, int page, int size, long total) {
}
