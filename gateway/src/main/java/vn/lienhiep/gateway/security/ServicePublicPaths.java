package vn.lienhiep.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.lienhiep.gateway.GatewayProperties;
import vn.lienhiep.security.access.PublicAccess;

/**
 * The paths anonymous callers may use, learned from the services themselves: each service publishes the public rules
 * of its own access table at {@code GET /api/<context>/access/public}, so anonymous access is declared once, where
 * the endpoint is. Read when the gateway starts (before it takes requests), then again every
 * {@code lienhiep.gateway.public-access.refresh}.
 *
 * <p>Fails closed: until a service has answered, none of its paths is open to anonymous callers (logged once, not at
 * every retry). A service only opens paths under its own {@code /api/<context>/}; anything else it lists is ignored.
 * A service that answered once and then stops answering keeps its last rules: it is down, or restarting, and its
 * table has not changed because of that.
 */
public final class ServicePublicPaths implements RequestMatcher, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServicePublicPaths.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    /** What one service said, and when. */
    private record Known(List<PublicAccess.Rule> rules, List<RequestMatcher> matchers, long fetchedAtNanos) {
    }

    private final Map<String, URI> services;
    private final GatewayProperties.PublicAccess settings;
    private final HttpClient client;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "public-paths-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public ServicePublicPaths(Map<String, URI> services, GatewayProperties.PublicAccess settings) {
        this.services = Map.copyOf(services);
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        for (Known service : known.values()) {
            for (RequestMatcher matcher : service.matchers()) {
                if (matcher.matches(request)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rules a service published, or null while it has not answered. */
    public List<PublicAccess.Rule> rulesOf(String context) {
        Known service = known.get(context);
        return service == null ? null : service.rules();
    }

    /** All services at once, before the server takes requests; then the refresh loop. */
    @Override
    public void afterSingletonsInstantiated() {
        CompletableFuture.allOf(services.keySet().stream()
                        .map(context -> CompletableFuture.runAsync(() -> refresh(context)))
                        .toArray(CompletableFuture[]::new))
                .join();
        long period = settings.retry().toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshDue, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }

    private void refreshDue() {
        long now = System.nanoTime();
        for (String context : services.keySet()) {
            Known service = known.get(context);
            if (service == null || now - service.fetchedAtNanos() >= settings.refresh().toNanos()) {
                refresh(context);
            }
        }
    }

    /** Asks one service; never throws (the refresh loop must survive a service that answers nonsense). */
    void refresh(String context) {
        URI url = URI.create(services.get(context).toString().replaceAll("/+$", "") + PublicAccess.path(context));
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).timeout(settings.timeout())
                                                                   .header("Accept", "application/json").GET().build(),
                                                        HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                unanswered(context, url, "HTTP " + response.statusCode());
                return;
            }
            learned(context, JSON.readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            unanswered(context, url, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void unanswered(String context, URI url, String why) {
        if (unanswered.add(context)) {
            log.warn("{} did not give its public paths ({} at {}); {}", context, why, url,
                     known.containsKey(context) ? "keeping the ones it gave before"
                             : "its paths stay closed to anonymous callers until it answers");
        }
    }

    private void learned(String context, JsonNode document) {
        if (!context.equals(document.path("context").asString(null)) || !document.path("rules").isArray()) {
            throw new IllegalArgumentException("not the public rules of " + context);
        }
        List<PublicAccess.Rule> rules = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (JsonNode node : document.path("rules")) {
            String method = node.path("method").asString("");
            String pattern = node.path("pattern").asString(null);
            if (method.matches("GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS") && PublicAccess.withinContext(context, pattern)
                && parses(pattern)) {
                rules.add(new PublicAccess.Rule(method, pattern));
            } else {
                ignored.add(node.toString());
            }
        }
        List<RequestMatcher> matchers = rules.stream()
                .map(rule -> (RequestMatcher) PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.valueOf(rule.method()), rule.pattern()))
                .toList();
        Known before = known.put(context, new Known(List.copyOf(rules), matchers, System.nanoTime()));
        boolean recovered = unanswered.remove(context);
        if (before == null || recovered || !before.rules().equals(rules)) {
            log.info("{} opens {} path(s) to anonymous callers: {}", context, rules.size(), rules);
            if (!ignored.isEmpty()) {
                log.warn("{} lists public rules the gateway ignores (a service opens only paths under /api/{}/): {}",
                         context, context, ignored);
            }
        }
    }

    private static boolean parses(String pattern) {
        try {
            PathPatternParser.defaultInstance.parse(pattern);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
