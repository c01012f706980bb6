package vn.lienhiep.gateway.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.core.Ordered;
import org.springframework.web.ErrorResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every failure inside Spring MVC into the gateway's problem+json: a service that refuses the connection is
 * 503, one that does not answer in time is 504, an address no route serves is 404. Runs first, for the functional
 * gateway routes as much as for the contract endpoints, so Spring's HTML or plain defaults never reach a client.
 */
public class GatewayExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionResolver.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        String service = routeOf(request);
        GatewayProblem problem = classify(ex);
        if (problem == GatewayProblem.INTERNAL_ERROR) {
            log.error("Gateway failed on {} {}", request.getMethod(), request.getRequestURI(), ex);
        } else if (problem.status() >= 500) {
            log.warn("{} {} -> {} (service {}): {}", request.getMethod(), request.getRequestURI(), problem.status(),
                     service, rootMessage(ex));
        }
        if (response.isCommitted()) {
            // The service's status and part of its body are already on the wire. Declining lets the exception reach
            // Tomcat, which aborts the connection: a cut-off body must not look like a complete one to the client.
            log.warn("Response already committed for {} {}; aborting it", request.getMethod(),
                     request.getRequestURI());
            return null;
        }
        try {
            if (ex instanceof ErrorResponse errorResponse && !(ex instanceof MaxUploadSizeExceededException)) {
                GatewayProblem.writeForStatus(errorResponse.getStatusCode().value(), request, response);
            } else {
                problem.write(request, response, service);
            }
        } catch (IOException e) {
            log.debug("Could not write problem to the client", e);
        }
        return new ModelAndView();
    }

    static GatewayProblem classify(Throwable ex) {
        if (ex instanceof MaxUploadSizeExceededException) {
            return GatewayProblem.CONTENT_TOO_LARGE;
        }
        if (ex instanceof ErrorResponse errorResponse) {
            return GatewayProblem.forStatus(errorResponse.getStatusCode().value());
        }
        if (ex instanceof ResourceAccessException) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                // A connect timeout is a timeout by type, but for the client it means the service is not there.
                if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                        || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                    return GatewayProblem.SERVICE_UNAVAILABLE;
                }
                if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                    return GatewayProblem.GATEWAY_TIMEOUT;
                }
            }
            return GatewayProblem.BAD_GATEWAY;
        }
        return GatewayProblem.INTERNAL_ERROR;
    }

    private static String routeOf(HttpServletRequest request) {
        Object route = request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
        return route == null ? null : route.toString();
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
