package vn.lienhiep.gateway.ratelimit;

import java.io.IOException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lienhiep.gateway.web.GatewayProblem;

import vn.lienhiep.gateway.security.SecurityConfiguration;

/**
 * Runs after authentication (it needs to know who calls) and before routing: a refused request never reaches a service.
 * A user keeps one bucket across addresses; anonymous callers are counted per address. The console's static files
 * ({@link SecurityConfiguration#CONSOLE_PATHS}) are not counted: one page load fetches dozens of modules, and a few
 * people signing in from one office address would otherwise use up the anonymous budget before any API call.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    public static final String LIMIT_HEADER = "RateLimit-Limit";
    public static final String REMAINING_HEADER = "RateLimit-Remaining";

    /** What operators alert on: refusals by kind of caller (a user's bucket or an anonymous address). */
    public static final String REFUSED_METRIC = "lienhiep.gateway.ratelimit.refused";

    private static final org.springframework.util.AntPathMatcher MATCHER = new org.springframework.util.AntPathMatcher();
    private static final java.util.List<String> CONSOLE = SecurityConfiguration.CONSOLE_PATHS;

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final Counter refusedUsers;
    private final Counter refusedAnonymous;

    public RateLimitFilter(RateLimiter limiter, RateLimitProperties properties, MeterRegistry meters) {
        this.limiter = limiter;
        this.properties = properties;
        this.refusedUsers = Counter.builder(REFUSED_METRIC).tag("caller", "authenticated")
                                   .description("Requests refused with 429 by the gateway's rate limit")
                                   .register(meters);
        this.refusedAnonymous = Counter.builder(REFUSED_METRIC).tag("caller", "anonymous")
                                       .description("Requests refused with 429 by the gateway's rate limit")
                                       .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean authenticated = caller != null && caller.isAuthenticated()
                                && !(caller instanceof AnonymousAuthenticationToken);
        String key = authenticated ? "user:" + caller.getName() : "ip:" + clientAddress(request);
        double perSecond = authenticated ? properties.authenticatedPerSecond() : properties.anonymousPerSecond();
        RateLimiter.Decision decision = limiter.tryConsume(key, perSecond, properties.burst());
        response.setHeader(LIMIT_HEADER, Integer.toString(properties.burst()));
        response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
        if (!decision.allowed()) {
            (authenticated ? refusedUsers : refusedAnonymous).increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            GatewayProblem.TOO_MANY_REQUESTS.write(request, response, null);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return CONSOLE.stream().anyMatch(pattern -> MATCHER.match(pattern, path));
    }

    String clientAddress(HttpServletRequest request) {
        if (properties.trustForwardedFor()) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
