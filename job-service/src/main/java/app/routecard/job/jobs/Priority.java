package app.routecard.job.jobs;

public enum Priority { LOW, NORMAL, HIGH, URGENT }
