package app.routecard.portal.services;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service's REST client: a call that gets no answer (connection refused, timed out, circuit open) becomes
 * {@link app.routecard.portal.web.ServiceUnavailable} naming the service, which every page shows as its banner.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServiceCalls {
}
