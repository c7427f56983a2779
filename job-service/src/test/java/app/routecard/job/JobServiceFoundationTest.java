package app.routecard.job;

import app.routecard.devstack.Service;
import app.routecard.platform.testing.RealStackResource;
import app.routecard.platform.testing.ServiceFoundationContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = RealStackResource.class, initArgs = @ResourceArg(name = "service", value = "job-service"))
class JobServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected Service service() {
        return Service.JOB;
    }
}
