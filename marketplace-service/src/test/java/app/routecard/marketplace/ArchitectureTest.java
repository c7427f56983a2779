package app.routecard.marketplace;

import app.routecard.devstack.Service;
import app.routecard.platform.testing.ArchitectureContract;

/** The house rules on marketplace-service's classes: plain-Java policies, no reaching into other services' code. */
class ArchitectureTest extends ArchitectureContract {

    @Override
    protected Service service() {
        return Service.MARKETPLACE;
    }
}
