package app.routecard.job.jobs;

import app.routecard.platform.service.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused job or route action, from any endpoint: 409 naming the rule. */
public class RuleProblems {

    @ServerExceptionMapper
    public Response stageRefused(JobService.StageRefused refused) {
        return new Problem("https://routecard.app/problems/job-rule", "Refused by rule " + refused.refusal().rule(),
                409, refused.refusal().explanation(), null, List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidField invalid) {
        return Problem.forField(400, "Invalid input", invalid.field() + ": " + invalid.getMessage(), invalid.field(),
                invalid.getMessage()).toResponse();
    }
}
