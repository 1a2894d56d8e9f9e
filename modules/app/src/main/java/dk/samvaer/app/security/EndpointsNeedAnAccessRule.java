package dk.samvaer.app.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Defence in depth: a Samvær endpoint without {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} is
 * refused (403) rather than open to every authenticated caller. The endpoint-rule test keeps this from happening. The
 * roles are also checked here, before the request's parameters and body are read and validated, so a caller without
 * the role learns nothing about what a valid request would be (method security checks them again).
 */
final class EndpointsNeedAnAccessRule implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith("dk.samvaer")) {
            return true;
        }
        if (!hasRule(method.getMethod()) && !hasRule(method.getBeanType())) {
            // answered as every refusal is: a problem (a bare status would leave the body empty)
            throw new AccessDeniedException("This endpoint has no access rule, so nobody may call it.");
        }
        RolesAllowed roles = method.getMethod().isAnnotationPresent(RolesAllowed.class)
                ? method.getMethod().getAnnotation(RolesAllowed.class)
                : method.getBeanType().getAnnotation(RolesAllowed.class);
        // once, on the request itself: not again when a streamed answer is dispatched to finish asynchronously
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && roles != null
                && Arrays.stream(roles.value()).noneMatch(request::isUserInRole)) {
            throw new AccessDeniedException("Your role may not call this endpoint.");
        }
        return true;
    }

    static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }
}
