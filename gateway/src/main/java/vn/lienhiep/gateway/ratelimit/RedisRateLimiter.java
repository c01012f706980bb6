package vn.lienhiep.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Buckets shared by every gateway instance, in Redis. The whole read-refill-take-write step is one Lua script, so two
 * instances cannot both take the last token, and Redis's clock is the only clock (instances' clocks may differ).
 *
 * <p>When Redis does not answer the request goes through (logged at most once a minute) and Redis is not asked again
 * for a few seconds: losing the limit for a while is better than refusing, or slowing, every caller because a helper
 * store is down.
 */
public final class RedisRateLimiter implements RateLimiter, DisposableBean {

    static final String KEY_PREFIX = "lienhiep:ratelimit:";
    /** KEYS[1] bucket; ARGV[1] tokens per second, ARGV[2] burst. Returns {allowed (0/1), tokens left as a string}. */
    static final String SCRIPT = """
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) + tonumber(time[2]) / 1000000
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
            local tokens = tonumber(state[1])
            local ts = tonumber(state[2])
            if tokens == nil or ts == nil then
              tokens = burst
              ts = now
            end
            tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
            local allowed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
            return {allowed, tostring(tokens)}
            """;
    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final Duration TIMEOUT = Duration.ofMillis(250);
    private static final long BACK_OFF_MILLIS = 5_000;

    private final RedisClient client;
    private final AtomicLong lastWarning = new AtomicLong();
    /** After a failure Redis is left alone for a while, so an outage does not add a timeout to every request. */
    private volatile long skipUntil;
    /** Opened at the first request, so the gateway starts without Redis and uses it once it is there. */
    private volatile StatefulRedisConnection<String, String> open;

    public RedisRateLimiter(String url) {
        this.client = RedisClient.create(url);
        client.setDefaultTimeout(TIMEOUT);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build()).build());
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = open;
        if (current == null || !current.isOpen()) {
            synchronized (this) {
                current = open;
                if (current == null || !current.isOpen()) {
                    current = client.connect();
                    open = current;
                }
            }
        }
        return current;
    }

    @Override
    public Decision tryConsume(String key, double perSecond, int burst) {
        if (System.currentTimeMillis() < skipUntil) {
            return new Decision(true, burst, 0);
        }
        try {
            List<Object> result = connection().sync().eval(SCRIPT, ScriptOutputType.MULTI,
                    new String[] {KEY_PREFIX + key}, Double.toString(perSecond), Integer.toString(burst));
            return decision(result, perSecond);
        } catch (RuntimeException unavailable) {
            long now = System.currentTimeMillis();
            skipUntil = now + BACK_OFF_MILLIS;
            long last = lastWarning.get();
            if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
                log.warn("Rate limit store unavailable, letting requests through: {}", unavailable.toString());
            }
            return new Decision(true, burst, 0);
        }
    }

    static Decision decision(List<Object> result, double perSecond) {
        boolean allowed = ((Number) result.get(0)).longValue() == 1;
        double tokens = Double.parseDouble(String.valueOf(result.get(1)));
        return new Decision(allowed, (long) Math.floor(tokens),
                            allowed ? 0 : RateLimiter.secondsUntilOneToken(tokens, perSecond));
    }

    @Override
    public void destroy() {
        StatefulRedisConnection<String, String> current = open;
        if (current != null) {
            current.close();
        }
        client.shutdown();
    }
}
