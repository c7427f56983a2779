package app.routecard.portal;

import app.routecard.devstack.Service;
import app.routecard.platform.testing.ArchitectureContract;

/** The house rules on portal's classes: plain-Java policies, no reaching into other services' code. */
class ArchitectureTest extends ArchitectureContract {

    @Override
    protected Service service() {
        return Service.PORTAL;
    }
}
