package app.routecard.portal.web;

import io.quarkus.qute.TemplateGlobal;

/** Versions of the WebJars the pages load (kept in step with the pom's htmx.version and pico.version). */
@TemplateGlobal
public final class Assets {

    public static final String HTMX = "2.0.10";
    public static final String PICO = "2.1.1";

    private Assets() {
    }

    public static String htmx() {
        return "/webjars/htmx.org/" + HTMX + "/dist/htmx.min.js";
    }

    public static String pico() {
        return "/webjars/picocss__pico/" + PICO + "/css/pico.min.css";
    }
}
