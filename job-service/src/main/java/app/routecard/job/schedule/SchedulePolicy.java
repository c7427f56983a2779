package app.routecard.job.schedule;

import app.routecard.job.stage.JobStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether an open job is late or at risk of being late, and why. Plain Java: the job list, its filters and
 * the floor view all ask this one rule.
 */
public final class SchedulePolicy {

    /** The judgement, with a sentence a supervisor can act on (null when on track). */
    public record Outlook(boolean late, boolean atRisk, int workingDaysLeft, String reason) {
        static Outlook onTrack(int workingDaysLeft) {
            return new Outlook(false, false, workingDaysLeft, null);
        }
    }

    /** Within this many working days of the promised date, a blocked or held job is at risk. */
    static final int TIGHT_DAYS = 2;

    private static final Set<JobStage> DONE = EnumSet.of(JobStage.SHIPPED, JobStage.DELIVERED, JobStage.CLOSED,
            JobStage.CANCELLED);

    private SchedulePolicy() {
    }

    /** Stages in which a job no longer has a schedule to keep. */
    public static Set<JobStage> finishedStages() {
        return DONE;
    }

    /**
     * Late: the promised ship date has passed and the job has not shipped. At risk: the planned hours of its
     * remaining steps need more working days than are left (today through the promised date, Monday to Friday),
     * or it is blocked or on hold with {@value TIGHT_DAYS} working days or fewer left.
     */
    public static Outlook judge(JobStage stage, LocalDate due, BigDecimal remainingHours, long openBlockers,
                                LocalDate today, int hoursPerDay) {
        if (DONE.contains(stage)) {
            return Outlook.onTrack(0);
        }
        int daysLeft = workingDays(today, due);
        if (today.isAfter(due)) {
            return new Outlook(true, false, 0, "promised " + due + ", not shipped");
        }
        BigDecimal hours = remainingHours == null ? BigDecimal.ZERO : remainingHours;
        BigDecimal daysNeeded = hours.divide(BigDecimal.valueOf(hoursPerDay), 1, RoundingMode.UP);
        if (daysNeeded.compareTo(BigDecimal.valueOf(daysLeft)) > 0) {
            return new Outlook(false, true, daysLeft, "needs " + daysNeeded.toPlainString()
                    + " working days of planned work, " + daysLeft + " left");
        }
        if (daysLeft <= TIGHT_DAYS && openBlockers > 0) {
            return new Outlook(false, true, daysLeft, "blocked with " + daysLeft + " working days left");
        }
        if (daysLeft <= TIGHT_DAYS && stage == JobStage.ON_HOLD) {
            return new Outlook(false, true, daysLeft, "on hold with " + daysLeft + " working days left");
        }
        return Outlook.onTrack(daysLeft);
    }

    /** Monday-to-Friday days from {@code from} through {@code to}, both included; 0 when {@code to} is earlier. */
    public static int workingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long weeks = (java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1) / 7;
        int days = (int) Math.min(Integer.MAX_VALUE, weeks * 5);
        for (LocalDate day = from.plusWeeks(weeks); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
