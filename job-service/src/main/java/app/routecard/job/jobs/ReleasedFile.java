package app.routecard.job.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A released file the job is made from (drawing, model, program), by its files-service id. */
public record ReleasedFile(@NotNull UUID fileId, @NotBlank @Size(max = 255) String name,
                           @Size(max = 20) String revision) {
}
