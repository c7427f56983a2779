package app.routecard.portal.files;

import app.routecard.portal.web.ServiceProblem;
import java.util.stream.Collectors;

/** A refused upload in one sentence for the drop zone: the service's detail and each field's message. Plain Java. */
final class UploadMessages {

    private UploadMessages() {
    }

    static String of(ServiceProblem problem) {
        if (problem.fieldMessages().isEmpty()) {
            return problem.message();
        }
        if (problem.status() == 413 || problem.status() == 415) {
            return "Not uploaded: " + problem.detail() + ".";
        }
        return "Not uploaded: " + problem.fieldMessages().entrySet().stream()
                .map(field -> ("file".equals(field.getKey()) ? "the file" : field.getKey()) + " " + field.getValue())
                .collect(Collectors.joining("; ")) + ".";
    }
}
