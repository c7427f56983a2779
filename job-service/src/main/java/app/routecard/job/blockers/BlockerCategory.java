package app.routecard.job.blockers;

public enum BlockerCategory { MATERIAL, MACHINE, TOOLING, QUALITY, DRAWING, CUSTOMER, STAFF, OTHER }
