package vn.lienhiep.gateway.ratelimit;

/** Takes one token from a caller's bucket; where the buckets live is the implementation's business. */
public interface RateLimiter {

    /**
     * @param key        the caller (user or address), already namespaced
     * @param perSecond  refill rate
     * @param burst      bucket capacity
     */
    Decision tryConsume(String key, double perSecond, int burst);

    /**
     * @param allowed           whether this request may go on
     * @param remaining         whole tokens left after it
     * @param retryAfterSeconds when refused, how long until one token is back (at least 1)
     */
    record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    /** Seconds until the bucket holds one whole token again, never less than one (Retry-After has no fractions). */
    static long secondsUntilOneToken(double tokens, double perSecond) {
        double missing = Math.max(0, 1 - tokens);
        return Math.max(1, (long) Math.ceil(missing / perSecond));
    }
}
