package app.routecard.portal.services;

import app.routecard.portal.web.ServiceUnavailable;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Outside the fault-tolerance interceptors (so a read's retries come first): what is left of a call that got no
 * answer becomes {@link ServiceUnavailable} for the service the client is registered for.
 */
@ServiceCalls
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ServiceCallsInterceptor {

    @AroundInvoke
    Object call(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ProcessingException | TimeoutException | CircuitBreakerOpenException noAnswer) {
            throw new ServiceUnavailable(serviceOf(context), noAnswer);
        }
    }

    /** The client's config key ("job"), from its interface (the method may be the generated class's). */
    private static String serviceOf(InvocationContext context) {
        java.util.Deque<Class<?>> types = new java.util.ArrayDeque<>();
        types.add(context.getMethod().getDeclaringClass());
        if (context.getTarget() != null) {
            types.add(context.getTarget().getClass());
        }
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            RegisterRestClient client = type.getAnnotation(RegisterRestClient.class);
            if (client != null) {
                return client.configKey();
            }
            types.addAll(java.util.List.of(type.getInterfaces()));
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
        }
        return context.getMethod().getDeclaringClass().getSimpleName();
    }
}
