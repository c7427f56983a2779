package app.routecard.portal.floor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** What the floor page shows, read from job-service's floor view of the job. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FloorData(Job job, int progressPercent, Step currentStep, List<Step> steps, List<Blocker> openBlockers) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(String id, String number, String customerName, String partNumber, String revision,
                      int quantity, LocalDate dueDate, String priority, String stage, String specialInstructions,
                      List<File> releasedFiles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String id, int position, String name, String workCenter, String instructions, String status) {
        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Blocker(String id, String category, String note, long ageMinutes) {
        public String categoryName() {
            return category == null ? "" : category.charAt(0) + category.substring(1).toLowerCase();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(String fileId, String name, String revision) {
    }

    /** The steps after the current one that are still to do. */
    public List<Step> nextSteps() {
        int after = currentStep == null ? Integer.MAX_VALUE : currentStep.position();
        return steps == null ? List.of()
                : steps.stream().filter(step -> step.position() > after && "PENDING".equals(step.status())).toList();
    }

    public List<File> files() {
        return job.releasedFiles() == null ? List.of() : job.releasedFiles();
    }

    public String stageName() {
        return job.stage() == null ? "" : job.stage().toLowerCase().replace('_', ' ');
    }
}
